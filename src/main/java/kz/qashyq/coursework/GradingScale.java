package kz.qashyq.coursework;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An organization's grading scale. A criteria-based grade turns the points earned out of
 * the points possible into a mark: on the 5-point scale of schools by the share of points
 * (below 40 % a 2, from 40 % a 3, from 65 % a 4, from 85 % a 5), on the 100-point scale
 * of colleges and universities as the share in per cent, and on a points scale as the
 * points themselves.
 */
public enum GradingScale {

	FIVE_POINT, HUNDRED_POINT, POINTS;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * The mark for points earned out of points possible.
	 * @param points the points earned, between 0 and {@code maxPoints}
	 * @param maxPoints the points possible, positive
	 * @throws IllegalArgumentException for points outside that range
	 */
	public BigDecimal markFor(BigDecimal points, BigDecimal maxPoints) {
		if (maxPoints.signum() <= 0 || points.signum() < 0 || points.compareTo(maxPoints) > 0) {
			throw new IllegalArgumentException("points " + points + " out of " + maxPoints);
		}
		BigDecimal percent = points.multiply(HUNDRED).divide(maxPoints, 4, RoundingMode.HALF_UP);
		return switch (this) {
			case FIVE_POINT -> BigDecimal.valueOf(fivePoint(percent));
			case HUNDRED_POINT -> percent.setScale(0, RoundingMode.HALF_UP);
			case POINTS -> points.stripTrailingZeros();
		};
	}

	/**
	 * Whether a mark entered by hand lies on the scale: 1 to 5 in whole numbers, 0 to 100
	 * in whole numbers, or any non-negative number of points up to {@code maxPoints}.
	 * @param maxPoints the points possible, used by the points scale only (may be null
	 * for the others)
	 */
	public boolean accepts(BigDecimal mark, BigDecimal maxPoints) {
		if (mark == null || mark.signum() < 0) {
			return false;
		}
		return switch (this) {
			case FIVE_POINT ->
				isWhole(mark) && mark.compareTo(BigDecimal.ONE) >= 0 && mark.compareTo(BigDecimal.valueOf(5)) <= 0;
			case HUNDRED_POINT -> isWhole(mark) && mark.compareTo(HUNDRED) <= 0;
			case POINTS -> maxPoints == null || mark.compareTo(maxPoints) <= 0;
		};
	}

	/**
	 * The highest mark of the scale, or null for a points scale.
	 */
	public BigDecimal highest() {
		return switch (this) {
			case FIVE_POINT -> BigDecimal.valueOf(5);
			case HUNDRED_POINT -> HUNDRED;
			case POINTS -> null;
		};
	}

	private static int fivePoint(BigDecimal percent) {
		if (percent.compareTo(BigDecimal.valueOf(85)) >= 0) {
			return 5;
		}
		if (percent.compareTo(BigDecimal.valueOf(65)) >= 0) {
			return 4;
		}
		if (percent.compareTo(BigDecimal.valueOf(40)) >= 0) {
			return 3;
		}
		return 2;
	}

	private static boolean isWhole(BigDecimal value) {
		return value.stripTrailingZeros().scale() <= 0;
	}

}
