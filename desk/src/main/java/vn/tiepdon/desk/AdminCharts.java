package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/** Draws an {@link AdminChart} with XChart in the desk's fonts and colours. */
final class AdminCharts {
    static final Color ANSWERED = new Color(0x1B7F3B);
    static final Color ELIGIBLE = new Color(0x0B5CAD);
    static final Color FAILED = DeskStyle.PROBLEM;
    static final Color PENDING = new Color(0xE0A800);
    static final Color MEDIAN = new Color(0x0B5CAD);
    static final Color P90 = new Color(0x8A5300);

    private AdminCharts() {
    }

    /** The chart in a panel named {@code chart.<name>}; a chart without data is its title and a line saying so. */
    static JComponent panel(AdminChart data, String noData, java.util.Locale locale) {
        if (data.empty()) {
            JPanel empty = new JPanel(new BorderLayout());
            empty.setName("chart." + data.name());
            empty.setBackground(Color.WHITE);
            empty.setBorder(BorderFactory.createLineBorder(new Color(0xD0D7DE)));
            JLabel title = DeskStyle.label(data.title(), Font.BOLD, 14, DeskStyle.TEXT);
            title.setHorizontalAlignment(SwingConstants.CENTER);
            title.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
            JLabel none = DeskStyle.label(noData, Font.PLAIN, 14, DeskStyle.MUTED);
            none.setHorizontalAlignment(SwingConstants.CENTER);
            empty.add(title, BorderLayout.NORTH);
            empty.add(none, BorderLayout.CENTER);
            return empty;
        }
        XChartPanel<CategoryChart> panel = new XChartPanel<>(chart(data, locale));
        panel.setName("chart." + data.name());
        return panel;
    }

    static CategoryChart chart(AdminChart data, java.util.Locale locale) {
        CategoryChart chart = new CategoryChartBuilder().width(420).height(280).title(data.title())
                .yAxisTitle(data.yTitle()).build();
        CategoryStyler st = chart.getStyler();
        st.setChartTitleFont(DeskStyle.font(Font.BOLD, 14));
        st.setLegendFont(DeskStyle.font(Font.PLAIN, 11));
        st.setLegendPadding(4);
        st.setLegendSeriesLineLength(14);
        st.setAxisTitleFont(DeskStyle.font(Font.PLAIN, 12));
        st.setAxisTickLabelsFont(DeskStyle.font(Font.PLAIN, 11));
        st.setLabelsFont(DeskStyle.font(Font.PLAIN, 11));
        st.setLocale(locale);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBorderVisible(false);
        st.setChartTitleBoxVisible(false);
        st.setLegendBorderColor(Color.WHITE);
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Horizontal);
        st.setLegendVisible(data.series().size() > 1);
        st.setXAxisTitleVisible(false);
        st.setToolTipsEnabled(true);
        st.setYAxisDecimalPattern("#,##0");
        st.setXAxisMaxLabelCount(12);
        switch (data.style()) {
            case LINES -> {
                st.setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
                st.setYAxisMin(0.0);
                st.setYAxisMax(100.0);
                st.setSeriesColors(new Color[] {ANSWERED, ELIGIBLE, FAILED});
                st.setMarkerSize(4);
            }
            case STACKED_BARS -> {
                st.setStacked(true);
                st.setSeriesColors(new Color[] {ANSWERED, FAILED, PENDING});
            }
            case BARS -> {
                st.setSeriesColors(data.series().size() == 1 ? new Color[] {FAILED} : new Color[] {MEDIAN, P90});
                st.setLabelsVisible(data.series().size() == 1);
                st.setDecimalPattern("#,##0");
            }
        }
        int labels = data.categories().stream().mapToInt(String::length).sum();
        if (data.style() != AdminChart.Style.LINES && labels > data.categories().size() * 6) {
            st.setXAxisLabelRotation(30);
        }
        for (AdminChart.Series s : data.series()) {
            chart.addSeries(s.name(), data.categories(), s.values());
        }
        return chart;
    }
}
