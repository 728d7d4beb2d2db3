package org.pairingatlas.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Values;
import org.neo4j.driver.types.Point;

/**
 * The text form of a Neo4j point: EWKT with the SRID that names its coordinate system,
 * {@code SRID=4326;POINT(116.39 39.9)} or {@code SRID=9157;POINT Z(1.5 -2.25 0.5)}, each
 * coordinate in Java's shortest exact form.
 */
final class Points {

	private static final Pattern TWO_D = Pattern.compile("SRID=(\\d+);POINT\\((\\S+) (\\S+)\\)");

	private static final Pattern THREE_D = Pattern.compile("SRID=(\\d+);POINT Z\\((\\S+) (\\S+) (\\S+)\\)");

	private Points() {
	}

	static String format(Point point) {
		// The driver gives a two-dimensional point a z of NaN.
		if (Double.isNaN(point.z())) {
			return "SRID=%d;POINT(%s %s)".formatted(point.srid(), Double.toString(point.x()),
					Double.toString(point.y()));
		}
		return "SRID=%d;POINT Z(%s %s %s)".formatted(point.srid(), Double.toString(point.x()),
				Double.toString(point.y()), Double.toString(point.z()));
	}

	static Point parse(String text) {
		Matcher flat = TWO_D.matcher(text);
		if (flat.matches()) {
			return Values
				.point(Integer.parseInt(flat.group(1)), Double.parseDouble(flat.group(2)),
						Double.parseDouble(flat.group(3)))
				.asPoint();
		}
		Matcher solid = THREE_D.matcher(text);
		if (solid.matches()) {
			return Values
				.point(Integer.parseInt(solid.group(1)), Double.parseDouble(solid.group(2)),
						Double.parseDouble(solid.group(3)), Double.parseDouble(solid.group(4)))
				.asPoint();
		}
		throw new IllegalArgumentException(
				"not of the form SRID=<srid>;POINT(<x> <y>) or SRID=<srid>;POINT Z(<x> <y> <z>)");
	}

}
