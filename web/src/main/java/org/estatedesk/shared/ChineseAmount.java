package org.estatedesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts of money as printed on receipts and notices: in figures ({@code ¥1,234.50}) and in Chinese capital
 * numerals (大写金额, {@code 壹仟贰佰叁拾肆元伍角整}) by the usual rules for financial documents: 壹拾 rather than 拾,
 * one 零 for a run of zeros inside the number (also across 万 and 亿), 零 before the 分 when the 角 is zero, and 整
 * after an amount that ends at 元 or 角. Up to 9999亿 (twelve integer digits), at most two decimals.
 */
public final class ChineseAmount {
    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] SECTIONS = {"", "万", "亿"};
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private ChineseAmount() {
    }

    /** The amount in capital numerals; a negative amount (a counter-entry) starts with 负. */
    public static String inWords(BigDecimal amount) {
        BigDecimal value;
        try {
            value = amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("more than two decimals: " + amount, e);
        }
        if (value.abs().compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("too large for capital numerals: " + amount);
        }
        long cents = value.abs().movePointRight(2).longValueExact();
        long yuan = cents / 100;
        int jiao = (int) (cents / 10 % 10);
        int fen = (int) (cents % 10);
        StringBuilder s = new StringBuilder(value.signum() < 0 ? "负" : "");
        if (yuan > 0) {
            s.append(integer(yuan)).append('元');
        }
        if (jiao > 0) {
            s.append(DIGITS[jiao]).append('角');
        } else if (fen > 0 && yuan > 0) {
            s.append('零');
        }
        if (fen > 0) {
            s.append(DIGITS[fen]).append('分');
        } else if (cents == 0) {
            s.append("零元整");
        } else {
            s.append('整');
        }
        return s.toString();
    }

    /** The amount in figures with the yuan sign, thousands separators and two decimals: {@code ¥1,234.50}. */
    public static String inFigures(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String text = f.format(amount.abs());
        return (amount.signum() < 0 ? "-¥" : "¥") + text;
    }

    /** A positive whole number below 10^12 in capital numerals, in four-digit sections (个, 万, 亿). */
    private static String integer(long n) {
        int[] sections = new int[SECTIONS.length];
        long rest = n;
        for (int i = 0; i < sections.length; i++) {
            sections[i] = (int) (rest % 10000);
            rest /= 10000;
        }
        StringBuilder s = new StringBuilder();
        boolean zero = false;
        for (int i = sections.length - 1; i >= 0; i--) {
            int section = sections[i];
            if (section == 0) {
                zero = s.length() > 0;
                continue;
            }
            if (s.length() > 0 && (zero || section < 1000)) {
                s.append('零');
            }
            zero = false;
            boolean pending = false;
            for (int place = 3; place >= 0; place--) {
                int digit = section / (int) Math.pow(10, place) % 10;
                if (digit == 0) {
                    pending = s.length() > 0;
                    continue;
                }
                if (pending && !s.toString().endsWith("零")) {
                    s.append('零');
                }
                pending = false;
                s.append(DIGITS[digit]).append(PLACES[place]);
            }
            s.append(SECTIONS[i]);
            zero = section % 10 == 0;
        }
        return s.toString();
    }
}
