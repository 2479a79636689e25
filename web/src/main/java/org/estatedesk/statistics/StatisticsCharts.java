package org.estatedesk.statistics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.estatedesk.shared.FacesMessages;

/** The dashboard's charts as Chart.js configurations, labels in the view's language. */
final class StatisticsCharts {
    private StatisticsCharts() {
    }

    /** Chart.js configuration of the bars per estate: requests, completed, effective complaints. */
    static String bars(List<EstateFigures> figures) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        figures.forEach(e -> labels.add(e.estateName()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(figures, "statistics.requests", "#42A5F5", f -> BigDecimal.valueOf(f.requests())))
                .add(dataset(figures, "statistics.completed", "#66BB6A", f -> BigDecimal.valueOf(f.completed())))
                .add(dataset(figures, "statistics.complaints", "#EF5350", f -> BigDecimal.valueOf(f.complaints())));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(List<EstateFigures> figures, String key, String colour, Function<MonthlyFigures, BigDecimal> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        figures.forEach(e -> data.add(value.apply(e.figures())));
        return Json.createObjectBuilder().add("label", FacesMessages.text(key)).add("backgroundColor", colour)
                .add("data", data);
    }

    /**
     * Chart.js configuration of the chosen estate's trend: on-time, callback and collection rates (%, left axis)
     * and the complaint rate (‰, right axis) over the last twelve months.
     */
    static String trend(YearMonth shown, int months, List<EstateFigures> trend) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        List<YearMonth> periods = new ArrayList<>();
        if (shown != null) {
            for (int i = months - 1; i >= 0; i--) {
                periods.add(shown.minusMonths(i));
                labels.add(shown.minusMonths(i).toString());
            }
        }
        Map<YearMonth, MonthlyFigures> byMonth = new HashMap<>();
        trend.forEach(e -> byMonth.put(e.figures().period(), e.figures()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(line("statistics.onTimeRate", "#42A5F5", "y", periods, byMonth, MonthlyFigures::onTimeRate))
                .add(line("statistics.callbackRate", "#66BB6A", "y", periods, byMonth, MonthlyFigures::callbackRate))
                .add(line("statistics.collectionRate", "#FFA726", "y", periods, byMonth,
                        MonthlyFigures::collectionRate))
                .add(line("statistics.complaintPermille", "#EF5350", "y1", periods, byMonth,
                        MonthlyFigures::complaintPermille));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("type", "linear").add("position", "left")
                        .add("min", 0).add("max", 100))
                .add("y1", Json.createObjectBuilder().add("type", "linear").add("position", "right").add("min", 0)
                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("spanGaps", true).add("scales", scales))
                .build().toString();
    }

    private static JsonObjectBuilder line(String key, String colour, String axis, List<YearMonth> months,
            Map<YearMonth, MonthlyFigures> byMonth, Function<MonthlyFigures, BigDecimal> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (YearMonth m : months) {
            MonthlyFigures f = byMonth.get(m);
            BigDecimal v = f == null ? null : value.apply(f);
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        }
        return Json.createObjectBuilder().add("label", FacesMessages.text(key)).add("borderColor", colour)
                .add("backgroundColor", colour).add("yAxisID", axis).add("tension", 0.2).add("data", data);
    }
}
