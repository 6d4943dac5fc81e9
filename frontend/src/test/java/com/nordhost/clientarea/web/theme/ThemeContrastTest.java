package com.nordhost.clientarea.web.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The theme's text colours against WCAG 2.2's contrast minimum (1.4.3: 4.5:1 for text), computed with WCAG's relative
 * luminance from the colours the theme file sets: grey text on white, on Lumo's lightest grey (boxes) and on a
 * field's fill; the white text of the article's green and red buttons (colours kept exactly). The product uses one
 * theme, Lumo's light one, in both apps.
 */
class ThemeContrastTest {

    static final Path STYLES = Path.of("themes/clientarea/styles.css");
    /** Lumo light: the base colour, --lumo-contrast-5pct (boxes) and --lumo-contrast-10pct (a field's fill). */
    static final double[] WHITE = {1, 1, 1};
    static final double[] BOX = over(hsla(214, 61, 25, 0.05), WHITE);
    static final double[] FIELD = over(hsla(214, 57, 24, 0.10), WHITE);

    @Test
    void grey_texts_reach_4_5_to_1_on_white_on_boxes_and_in_fields() throws IOException {
        for (String property : new String[] {"--lumo-secondary-text-color", "--lumo-tertiary-text-color"}) {
            double[] colour = colour(property);
            for (double[] background : new double[][] {WHITE, BOX, FIELD}) {
                assertThat(contrast(over(colour, background), background)).as(property).isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void the_articles_green_and_red_buttons_carry_white_text_at_4_5_to_1() throws IOException {
        for (String property : new String[] {"--clientarea-green", "--clientarea-green-dark", "--clientarea-red",
                "--clientarea-red-dark"}) {
            assertThat(contrast(over(colour(property), WHITE), WHITE)).as(property).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void the_formula_gives_wcags_known_ratios() {
        assertThat(contrast(new double[] {0, 0, 0}, WHITE)).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        // #767676 on white is the classic 4.54:1.
        double grey = 0x76 / 255.0;
        assertThat(contrast(new double[] {grey, grey, grey}, WHITE))
                .isEqualTo(4.54, org.assertj.core.data.Offset.offset(0.01));
        // Lumo's own tertiary grey, the 3.1:1 a first-time customer could not read.
        assertThat(contrast(over(hsla(214, 45, 20, 0.52), WHITE), WHITE))
                .isEqualTo(3.1, org.assertj.core.data.Offset.offset(0.05));
    }

    /** The value the theme's {@code html} block gives {@code property}: {@code hsl(…)} or {@code hsla(…)}. */
    static double[] colour(String property) throws IOException {
        String css = Files.readString(STYLES, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile(Pattern.quote(property)
                        + "\\s*:\\s*hsla?\\(\\s*([\\d.]+)\\s*,\\s*([\\d.]+)%\\s*,\\s*([\\d.]+)%\\s*(?:,\\s*([\\d.]+)\\s*)?\\)")
                .matcher(css);
        assertThat(m.find()).as(property + " set in " + STYLES.toAbsolutePath()).isTrue();
        return hsla(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                m.group(4) == null ? 1 : Double.parseDouble(m.group(4)));
    }

    /** RGB in 0..1 and alpha: {r, g, b, a}. */
    static double[] hsla(double h, double s, double l, double a) {
        double sat = s / 100;
        double light = l / 100;
        double c = (1 - Math.abs(2 * light - 1)) * sat;
        double x = c * (1 - Math.abs((h / 60) % 2 - 1));
        double m = light - c / 2;
        double[] rgb = h < 60 ? new double[] {c, x, 0} : h < 120 ? new double[] {x, c, 0}
                : h < 180 ? new double[] {0, c, x} : h < 240 ? new double[] {0, x, c}
                : h < 300 ? new double[] {x, 0, c} : new double[] {c, 0, x};
        return new double[] {rgb[0] + m, rgb[1] + m, rgb[2] + m, a};
    }

    /** A translucent colour painted over an opaque background. */
    static double[] over(double[] colour, double[] background) {
        double a = colour.length > 3 ? colour[3] : 1;
        return new double[] {colour[0] * a + background[0] * (1 - a), colour[1] * a + background[1] * (1 - a),
                colour[2] * a + background[2] * (1 - a)};
    }

    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(double[] rgb) {
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    static double linear(double c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
