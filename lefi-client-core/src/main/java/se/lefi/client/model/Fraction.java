package se.lefi.client.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Holds an extent, level or share as the service gives it: a numerator over a denominator
 * (omfattning), e.g. 3/4 of full time or a 40/100 level of merkostnadsersättning.
 *
 * <pre>{@code
 * Fraction level = decision.extent().orElseThrow(); // 3/4
 * BigDecimal factor = level.toBigDecimal();          // 0.75
 * }</pre>
 *
 * @param numerator the täljare; 0 when the service left it out
 * @param denominator the nämnare; 0 when the service left it out
 */
public record Fraction(int numerator, int denominator) {

    /**
     * Returns the value as a decimal, or zero for a zero denominator.
     *
     * @return numerator divided by denominator
     */
    public BigDecimal toBigDecimal() {
        if (denominator == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
