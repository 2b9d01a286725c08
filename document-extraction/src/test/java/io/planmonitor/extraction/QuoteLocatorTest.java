package io.planmonitor.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    private static final String TEXT = "一、综合\n全年全市地区生产总值\n\t15244.6亿元，比上年增长5.6%。\n增长5.6%";

    @Test
    void findsAQuoteAcrossLineBreaksAndGivesTheTextsOwnWords() {
        QuoteLocator.Span span = QuoteLocator.find(TEXT, "全年全市地区生产总值 15244.6亿元").orElseThrow();
        assertEquals("全年全市地区生产总值\n\t15244.6亿元", TEXT.substring(span.start(), span.end()));
    }

    @Test
    void theFirstOccurrenceWins() {
        assertEquals(TEXT.indexOf("增长5.6%"), QuoteLocator.find(TEXT, "增长5.6%").orElseThrow().start());
    }

    @Test
    void wordsNotInTheTextAndBlankQuotesAreNotFound() {
        assertTrue(QuoteLocator.find(TEXT, "比上年增长5.7%").isEmpty());
        assertTrue(QuoteLocator.find(TEXT, " \n ").isEmpty());
        assertTrue(QuoteLocator.find(TEXT, "地区生产总值15244.6亿元").isEmpty(), "a line break is not nothing");
        assertTrue(QuoteLocator.find(TEXT, "(.*)").isEmpty(), "a quote is words, not a pattern");
    }
}
