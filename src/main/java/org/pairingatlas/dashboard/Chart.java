package org.pairingatlas.dashboard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bar or doughnut chart drawn by Chart.js ({@code frontend/pa-chart.js}); the data and
 * its shape are set here.
 */
@Tag("pa-chart")
@JsModule("./pa-chart.js")
@NpmPackage(value = "chart.js", version = "4.5.1")
public class Chart extends Component implements HasSize {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private List<String> labels = List.of();

	private Map<String, List<BigDecimal>> series = Map.of();

	/** A bar chart, one bar (or stack) per label, one colour per series. */
	public void bars(List<String> labels, Map<String, List<BigDecimal>> series, boolean stacked, boolean horizontal,
			String unit) {
		draw("bar", labels, series, stacked, horizontal, unit);
	}

	/** A doughnut of one series' shares. */
	public void doughnut(List<String> labels, String name, List<BigDecimal> values) {
		draw("doughnut", labels, Map.of(name, values), false, false, "");
	}

	/** Saves the chart as a PNG file in the user's browser. */
	public void downloadPng(String fileName) {
		getElement().callJsFunction("downloadPng", fileName);
	}

	/** The labels drawn last. */
	public List<String> labels() {
		return this.labels;
	}

	/** The series drawn last, by name. */
	public Map<String, List<BigDecimal>> series() {
		return this.series;
	}

	private void draw(String type, List<String> labels, Map<String, List<BigDecimal>> series, boolean stacked,
			boolean horizontal, String unit) {
		this.labels = List.copyOf(labels);
		this.series = new LinkedHashMap<>(series);
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("type", type);
		spec.put("labels", labels);
		spec.put("datasets",
				series.entrySet()
					.stream()
					.map((s) -> Map.of("label", s.getKey(), "data",
							s.getValue().stream().map(BigDecimal::doubleValue).toList()))
					.toList());
		spec.put("stacked", stacked);
		spec.put("horizontal", horizontal);
		spec.put("unit", unit);
		getElement().callJsFunction("setChart", JSON.writeValueAsString(spec));
	}

}
