package org.pairingatlas.seed;

import java.util.Map;
import java.util.stream.Collectors;

import org.pairingatlas.base.edit.SourceTexts;

/**
 * Checks what one record refers to: every key exists and is of an allowed kind, a
 * region's parent is of a higher level, a measurement has its target's unit, and a cited
 * document really contains the excerpt quoted from it.
 */
final class ReferenceCheck {

	private final SeedRecord record;

	private final Map<String, SeedWriter.Target> targets;

	private final SourceTexts sourceTexts;

	ReferenceCheck(SeedRecord record, Map<String, SeedWriter.Target> targets, SourceTexts sourceTexts) {
		this.record = record;
		this.targets = targets;
		this.sourceTexts = sourceTexts;
	}

	void verify() {
		verifyOwnFile();
		for (SeedRecord.Link link : this.record.links()) {
			SeedWriter.Target target = this.targets.get(link.target());
			if (target == null) {
				throw this.record.row().error(link.field(), link.target(), "no " + expected(link) + " has this key");
			}
			if (!link.targetLabels().isEmpty() && link.targetLabels().stream().noneMatch(target.labels()::contains)) {
				throw this.record.row().error(link.field(), link.target(), "is not a " + expected(link));
			}
			if ("PART_OF".equals(link.type()) && "Region".equals(this.record.label())) {
				verifyParentLevel(link, target);
			}
			if ("AGAINST".equals(link.type()) && "Measurement".equals(this.record.label())) {
				verifyUnit(target);
			}
		}
		this.record.citations().forEach(this::verifyCitation);
	}

	private void verifyOwnFile() {
		Object file = this.record.properties().get("file");
		if ("Source".equals(this.record.label()) && file != null && !this.sourceTexts.exists(file.toString())) {
			throw this.record.row()
				.error("file", file.toString(), "is not a file in the seed (no such file, or a folder)");
		}
	}

	private void verifyParentLevel(SeedRecord.Link link, SeedWriter.Target parent) {
		int own = (int) this.record.properties().get("levelRank");
		if (parent.levelRank() < 0 || parent.levelRank() >= own) {
			throw this.record.row()
				.error(link.field(), link.target(),
						"a region's parent must be of a higher level than " + this.record.properties().get("level"));
		}
	}

	/** A measurement counts in its target's unit, or the two cannot be compared. */
	private void verifyUnit(SeedWriter.Target target) {
		Object unit = this.record.properties().get("unit");
		if (target.unit() != null && !target.unit().equals(unit)) {
			throw this.record.row()
				.error("unit", String.valueOf(unit),
						"must be the unit of target " + target.key() + ": " + target.unit());
		}
	}

	private void verifyCitation(SeedRecord.Citation citation) {
		SeedWriter.Target source = this.targets.get(citation.source());
		if (source == null || !source.labels().contains("Source")) {
			throw this.record.row().error("source", citation.source(), "no source has this key");
		}
		if (source.file() != null) {
			if (citation.excerpt().isBlank()) {
				throw this.record.row()
					.error("excerpt", "", "is required: the source " + citation.source() + " is a document held here");
			}
			if (!this.sourceTexts.contains(source.file(), citation.excerpt())) {
				throw this.record.row()
					.error("excerpt", citation.excerpt(),
							"does not stand in " + citation.source() + " (" + source.file() + ")");
			}
		}
	}

	private static String expected(SeedRecord.Link link) {
		if (link.targetLabels().isEmpty()) {
			return "node";
		}
		return link.targetLabels().stream().sorted().map(String::toLowerCase).collect(Collectors.joining(" or "));
	}

}
