package kz.qashyq.coursework.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.qashyq.coursework.internal.AssignmentForm;
import kz.qashyq.coursework.internal.Rubrics;
import kz.qashyq.coursework.internal.Rubrics.CriterionInput;
import kz.qashyq.coursework.internal.Rubrics.DescriptorInput;
import kz.qashyq.coursework.internal.Rubrics.ScoreInput;

import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads the coursework forms: the rubric's rows ({@code c1.title}, {@code c1.max},
 * {@code c1.d1.text}, {@code c1.d1.points}, …), the scores of a grade
 * ({@code s<criterion>.descriptor}, {@code s<criterion>.points}), and uploaded files.
 */
final class Forms {

	/** The rubric rows the page offers. */
	static final int CRITERIA_ROWS = 5;

	static final int DESCRIPTOR_ROWS = 4;

	private Forms() {
	}

	/**
	 * The form's values of an issued assignment, for editing it: local times in its
	 * organization's zone as the form's date-time fields take them.
	 */
	static Map<String, String> valuesOf(kz.qashyq.coursework.internal.Views.AssignmentView a) {
		Map<String, String> values = new HashMap<>();
		values.put("title", a.title());
		values.put("instructions", (a.instructions() != null) ? a.instructions() : "");
		values.put("workType", a.workType().name());
		values.put("summative", String.valueOf(a.summative()));
		values.put("topicId", (a.topicId() != null) ? String.valueOf(a.topicId()) : "");
		values.put("release", a.localRelease().toString());
		values.put("deadline", a.localDeadline().toString());
		int c = 1;
		for (kz.qashyq.coursework.internal.Views.Criterion criterion : a.criteria()) {
			values.put("c" + c + ".title", criterion.title());
			values.put("c" + c + ".max", criterion.maxPoints().stripTrailingZeros().toPlainString());
			int d = 1;
			for (kz.qashyq.coursework.internal.Views.Descriptor descriptor : criterion.descriptors()) {
				values.put("c" + c + ".d" + d + ".text", descriptor.description());
				values.put("c" + c + ".d" + d + ".points", descriptor.points().stripTrailingZeros().toPlainString());
				d++;
			}
			c++;
		}
		return values;
	}

	static Map<String, String> values(MultiValueMap<String, String> params) {
		Map<String, String> values = new HashMap<>();
		params.forEach((key, list) -> {
			if (!list.isEmpty()) {
				values.put(key, list.get(0));
			}
		});
		return values;
	}

	static List<CriterionInput> criteria(MultiValueMap<String, String> params) {
		List<CriterionInput> criteria = new ArrayList<>();
		for (int c = 1; c <= Rubrics.MAX_CRITERIA; c++) {
			String prefix = "c" + c + ".";
			String title = params.getFirst(prefix + "title");
			String max = params.getFirst(prefix + "max");
			List<DescriptorInput> descriptors = new ArrayList<>();
			for (int d = 1; d <= Rubrics.MAX_DESCRIPTORS; d++) {
				String text = params.getFirst(prefix + "d" + d + ".text");
				String points = params.getFirst(prefix + "d" + d + ".points");
				if (blank(text) && blank(points)) {
					continue;
				}
				descriptors.add(new DescriptorInput(text, decimal(points, BigDecimal.valueOf(-1))));
			}
			if (blank(title) && blank(max) && descriptors.isEmpty()) {
				continue;
			}
			criteria.add(new CriterionInput(title, decimal(max, null), descriptors));
		}
		return criteria;
	}

	static Map<Long, ScoreInput> scores(MultiValueMap<String, String> params) {
		Map<Long, ScoreInput> scores = new LinkedHashMap<>();
		for (String key : params.keySet()) {
			if (!key.startsWith("s") || !(key.endsWith(".descriptor") || key.endsWith(".points"))) {
				continue;
			}
			Long criterion = id(key.substring(1, key.indexOf('.')));
			if (criterion == null || scores.containsKey(criterion)) {
				continue;
			}
			Long descriptor = id(params.getFirst("s" + criterion + ".descriptor"));
			String points = params.getFirst("s" + criterion + ".points");
			BigDecimal value = decimal(points, BigDecimal.valueOf(-1));
			if (descriptor == null && value == null) {
				continue;
			}
			scores.put(criterion, new ScoreInput(descriptor, value));
		}
		return scores;
	}

	static List<AssignmentForm.Upload> uploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter((file) -> file != null && !(file.isEmpty() && blank(file.getOriginalFilename())))
			.map((file) -> new AssignmentForm.Upload(file.getOriginalFilename(), file::getInputStream))
			.toList();
	}

	static List<Long> ids(List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream().map(Forms::id).filter((id) -> id != null).toList();
	}

	static Long id(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * A number, or {@code invalid} when the text is not one (null when blank).
	 */
	static BigDecimal decimal(String text, BigDecimal invalid) {
		if (blank(text)) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return invalid;
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
