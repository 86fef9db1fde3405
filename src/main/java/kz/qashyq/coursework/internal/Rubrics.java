package kz.qashyq.coursework.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.qashyq.coursework.GradingScale;

/**
 * The rules of a rubric (A1-25j): it adds up, and a grade scores every criterion within
 * its points. Pure functions, so that they can be checked with random rubrics.
 */
public final class Rubrics {

	/** The most criteria and descriptors per criterion a rubric holds. */
	public static final int MAX_CRITERIA = 10;

	public static final int MAX_DESCRIPTORS = 6;

	private Rubrics() {
	}

	/**
	 * A criterion as entered: its title, points possible and descriptors of levels.
	 */
	public record CriterionInput(String title, BigDecimal maxPoints, List<DescriptorInput> descriptors) {

		public CriterionInput {
			descriptors = (descriptors != null) ? List.copyOf(descriptors) : List.of();
		}

	}

	public record DescriptorInput(String description, BigDecimal points) {
	}

	/**
	 * A criterion's score as entered: the descriptor chosen (may be null) and the points
	 * (may be null when a descriptor is chosen: its points then).
	 */
	public record ScoreInput(Long descriptorId, BigDecimal points) {
	}

	/**
	 * The problems of a rubric, empty when it adds up.
	 * @param total the points possible stated for the whole work, or null when they are
	 * the criteria's sum (the form computes it; an API client may state it)
	 */
	public static List<InvalidCourseworkInput.Problem> check(List<CriterionInput> criteria, BigDecimal total) {
		List<InvalidCourseworkInput.Problem> problems = new ArrayList<>();
		if (criteria.isEmpty()) {
			problems.add(problem("coursework.error.rubric.empty"));
			return problems;
		}
		if (criteria.size() > MAX_CRITERIA) {
			problems.add(problem("coursework.error.rubric.tooMany", MAX_CRITERIA));
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (CriterionInput criterion : criteria) {
			String title = (criterion.title() != null) ? criterion.title().strip() : "";
			if (title.isEmpty()) {
				problems.add(problem("coursework.error.rubric.title"));
			}
			if (criterion.maxPoints() == null || criterion.maxPoints().signum() <= 0
					|| criterion.maxPoints().compareTo(BigDecimal.valueOf(1000)) > 0) {
				problems.add(problem("coursework.error.rubric.criterionPoints", title));
				continue;
			}
			sum = sum.add(criterion.maxPoints());
			for (DescriptorInput descriptor : criterion.descriptors()) {
				if (descriptor.description() == null || descriptor.description().isBlank()) {
					problems.add(problem("coursework.error.rubric.descriptor", title));
				}
				if (descriptor.points() == null || descriptor.points().signum() < 0) {
					problems.add(problem("coursework.error.rubric.descriptorPoints", title));
				}
				else if (descriptor.points().compareTo(criterion.maxPoints()) > 0) {
					problems.add(problem("coursework.error.rubric.descriptorAbove", title, descriptor.points(),
							criterion.maxPoints()));
				}
			}
			if (criterion.descriptors().size() > MAX_DESCRIPTORS) {
				problems.add(problem("coursework.error.rubric.tooManyDescriptors", title, MAX_DESCRIPTORS));
			}
		}
		if (total != null && total.signum() <= 0) {
			problems.add(problem("coursework.error.rubric.total"));
		}
		else if (total != null && problems.isEmpty() && sum.compareTo(total) != 0) {
			problems.add(problem("coursework.error.rubric.sum", sum.stripTrailingZeros().toPlainString(),
					total.stripTrailingZeros().toPlainString()));
		}
		return problems;
	}

	/**
	 * The points possible of a rubric: the sum of its criteria's maximum points.
	 */
	public static BigDecimal sum(List<CriterionInput> criteria) {
		return criteria.stream()
			.map(CriterionInput::maxPoints)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * The outcome of scoring: the points per criterion, their sum, and the mark (null for
	 * formative work).
	 */
	public record Scored(Map<Long, BigDecimal> points, Map<Long, Long> descriptors, BigDecimal total,
			BigDecimal maxPoints, BigDecimal mark) {
	}

	/**
	 * A rubric's criterion as stored: id, points possible and descriptors (id to points).
	 */
	public record StoredCriterion(long id, String title, BigDecimal maxPoints, Map<Long, BigDecimal> descriptors) {
	}

	/**
	 * Scores a submission by the rubric: every criterion must be scored within 0 and its
	 * points possible; a chosen descriptor must be the criterion's own.
	 * @param markOverride a mark entered by hand instead of the computed one, or null
	 * @throws InvalidCourseworkInput when a criterion is unscored or out of range, or the
	 * mark is not on the scale
	 */
	public static Scored score(List<StoredCriterion> criteria, Map<Long, ScoreInput> scores, GradingScale scale,
			boolean summative, BigDecimal markOverride) {
		List<InvalidCourseworkInput.Problem> problems = new ArrayList<>();
		Map<Long, BigDecimal> points = new java.util.LinkedHashMap<>();
		Map<Long, Long> descriptors = new java.util.LinkedHashMap<>();
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal max = BigDecimal.ZERO;
		if (criteria.isEmpty() || scores == null || scores.isEmpty()) {
			throw InvalidCourseworkInput.of("coursework.error.grade.noScores");
		}
		for (StoredCriterion criterion : criteria) {
			max = max.add(criterion.maxPoints());
			ScoreInput score = scores.get(criterion.id());
			BigDecimal value = null;
			if (score != null && score.descriptorId() != null) {
				BigDecimal descriptorPoints = criterion.descriptors().get(score.descriptorId());
				if (descriptorPoints == null) {
					problems.add(problem("coursework.error.grade.descriptor", criterion.title()));
					continue;
				}
				value = (score.points() != null) ? score.points() : descriptorPoints;
				descriptors.put(criterion.id(), score.descriptorId());
			}
			else if (score != null) {
				value = score.points();
			}
			if (value == null) {
				problems.add(problem("coursework.error.grade.unscored", criterion.title()));
				continue;
			}
			if (value.signum() < 0 || value.compareTo(criterion.maxPoints()) > 0) {
				problems.add(problem("coursework.error.grade.range", criterion.title(),
						criterion.maxPoints().stripTrailingZeros().toPlainString()));
				continue;
			}
			points.put(criterion.id(), value);
			total = total.add(value);
		}
		if (!problems.isEmpty()) {
			throw new InvalidCourseworkInput(problems);
		}
		BigDecimal mark = null;
		if (summative) {
			if (markOverride != null) {
				if (!scale.accepts(markOverride, max)) {
					throw InvalidCourseworkInput.of("coursework.error.grade.mark",
							markOverride.stripTrailingZeros().toPlainString());
				}
				mark = markOverride;
			}
			else {
				mark = scale.markFor(total, max);
			}
		}
		else if (markOverride != null) {
			throw InvalidCourseworkInput.of("coursework.error.grade.formativeMark");
		}
		return new Scored(points, descriptors, total, max, mark);
	}

	static InvalidCourseworkInput.Problem problem(String key, Object... arguments) {
		return new InvalidCourseworkInput.Problem(key, List.of(arguments), null);
	}

}
