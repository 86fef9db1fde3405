package kz.qashyq.journal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import kz.qashyq.coursework.GradingScale;
import kz.qashyq.journal.MarkKind;

/**
 * The term mark from a term's marks, by the organization's scale.
 * <p>
 * <b>Schools (5-point scale): the criteria-based rule of Kazakhstan.</b> The term
 * percentage is 25 % × the formative share + 25 % × the share of the summative
 * assessments per section + 50 % × the share of the summative assessment of the term,
 * mapped to 2–5 by the thresholds of {@link GradingScale#FIVE_POINT} (below 40 % a 2,
 * from 40 % a 3, from 65 % a 4, from 85 % a 5). Current marks are the formative
 * assessment (their share is the average of each mark's share), intermediate attestation
 * the summative assessments per section and final attestation the summative assessment of
 * the term (for these the share is the points earned over the points possible, summed).
 * An entry's share is its points over its points possible when it came from a rubric,
 * otherwise the mark over the scale's highest mark (a hand-entered 4 is 80 %).
 * <b>Simplification:</b> when a component has no entries in the term, its weight is
 * shared among the others in proportion (the official rule assumes all three exist).
 * <p>
 * <b>100-point and points scales:</b> the weighted average of the same three components
 * with the same weights, as a percentage; the mark is that percentage rounded to a whole
 * number.
 */
public final class TermMarkRule {

	static final BigDecimal FORMATIVE_WEIGHT = new BigDecimal("0.25");

	static final BigDecimal SECTION_WEIGHT = new BigDecimal("0.25");

	static final BigDecimal TERM_WEIGHT = new BigDecimal("0.50");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private TermMarkRule() {
	}

	/**
	 * The term percentage and mark, or empty when no entry has a share.
	 */
	public static Optional<Result> compute(GradingScale scale, List<Entry> entries) {
		BigDecimal formativeSum = BigDecimal.ZERO;
		int formativeCount = 0;
		BigDecimal sectionPoints = BigDecimal.ZERO;
		BigDecimal sectionMax = BigDecimal.ZERO;
		BigDecimal termPoints = BigDecimal.ZERO;
		BigDecimal termMax = BigDecimal.ZERO;
		for (Entry entry : entries) {
			BigDecimal max = entry.maxPoints();
			if (entry.points() == null || max == null || max.signum() <= 0) {
				continue;
			}
			BigDecimal points = entry.points().max(BigDecimal.ZERO).min(max);
			switch (entry.kind()) {
				case CURRENT -> {
					formativeSum = formativeSum.add(points.divide(max, 8, RoundingMode.HALF_UP));
					formativeCount++;
				}
				case INTERMEDIATE_ATTESTATION -> {
					sectionPoints = sectionPoints.add(points);
					sectionMax = sectionMax.add(max);
				}
				case FINAL_ATTESTATION -> {
					termPoints = termPoints.add(points);
					termMax = termMax.add(max);
				}
			}
		}
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		if (formativeCount > 0) {
			weighted = weighted.add(FORMATIVE_WEIGHT
				.multiply(formativeSum.divide(BigDecimal.valueOf(formativeCount), 8, RoundingMode.HALF_UP)));
			weights = weights.add(FORMATIVE_WEIGHT);
		}
		if (sectionMax.signum() > 0) {
			weighted = weighted.add(SECTION_WEIGHT.multiply(sectionPoints.divide(sectionMax, 8, RoundingMode.HALF_UP)));
			weights = weights.add(SECTION_WEIGHT);
		}
		if (termMax.signum() > 0) {
			weighted = weighted.add(TERM_WEIGHT.multiply(termPoints.divide(termMax, 8, RoundingMode.HALF_UP)));
			weights = weights.add(TERM_WEIGHT);
		}
		if (weights.signum() == 0) {
			return Optional.empty();
		}
		BigDecimal percent = weighted.multiply(HUNDRED).divide(weights, 2, RoundingMode.HALF_UP);
		BigDecimal mark = (scale == GradingScale.FIVE_POINT) ? GradingScale.FIVE_POINT.markFor(percent, HUNDRED)
				: percent.setScale(0, RoundingMode.HALF_UP);
		return Optional.of(new Result(percent, mark));
	}

	/**
	 * A journal entry's share as points out of points possible: the rubric's when it has
	 * them, otherwise the mark out of the scale's highest (null when neither is known).
	 */
	public static Entry entryOf(MarkKind kind, GradingScale scale, BigDecimal mark, BigDecimal points,
			BigDecimal maxPoints) {
		if (points != null && maxPoints != null && maxPoints.signum() > 0) {
			return new Entry(kind, points, maxPoints);
		}
		if (mark != null && scale.highest() != null) {
			return new Entry(kind, mark, scale.highest());
		}
		return new Entry(kind, null, null);
	}

	/**
	 * An entry of the term: its kind and its points out of points possible.
	 */
	public record Entry(MarkKind kind, BigDecimal points, BigDecimal maxPoints) {

	}

	/**
	 * The term percentage (0–100, two decimals) and the mark on the scale.
	 */
	public record Result(BigDecimal percent, BigDecimal mark) {

	}

}
