package org.estatedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseAmountTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "0.00, 零元整",
        "0, 零元整",
        "0.05, 伍分",
        "0.50, 伍角整",
        "0.55, 伍角伍分",
        "1.00, 壹元整",
        "10.00, 壹拾元整",
        "15.00, 壹拾伍元整",
        "100.50, 壹佰元伍角整",
        "123.45, 壹佰贰拾叁元肆角伍分",
        "325.04, 叁佰贰拾伍元零肆分",
        "1010.00, 壹仟零壹拾元整",
        "1001.00, 壹仟零壹元整",
        "1680.32, 壹仟陆佰捌拾元叁角贰分",
        "10000.00, 壹万元整",
        "16409.02, 壹万陆仟肆佰零玖元零贰分",
        "100010.00, 壹拾万零壹拾元整",
        "107000.53, 壹拾万零柒仟元伍角叁分",
        "1000001.01, 壹佰万零壹元零壹分",
        "10000000.00, 壹仟万元整",
        "100000000.00, 壹亿元整",
        "100010000.00, 壹亿零壹万元整",
        "100000001.00, 壹亿零壹元整",
        "123456789.12, 壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分",
        "999999999999.99, 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
        "-123.45, 负壹佰贰拾叁元肆角伍分",
    })
    void capitalNumerals(String figures, String words) {
        assertEquals(words, ChineseAmount.inWords(new BigDecimal(figures)));
    }

    @Test
    void refusesWhatNoReceiptCanShow() {
        assertThrows(IllegalArgumentException.class, () -> ChineseAmount.inWords(new BigDecimal("1.005")));
        assertThrows(IllegalArgumentException.class, () -> ChineseAmount.inWords(new BigDecimal("1000000000000")));
    }

    @Test
    void figuresWithSeparatorsAndTwoDecimals() {
        assertEquals("¥1,000,001.01", ChineseAmount.inFigures(new BigDecimal("1000001.01")));
        assertEquals("¥0.50", ChineseAmount.inFigures(new BigDecimal("0.5")));
        assertEquals("-¥123.45", ChineseAmount.inFigures(new BigDecimal("-123.45")));
    }
}
