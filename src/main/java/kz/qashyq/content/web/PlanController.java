package kz.qashyq.content.web;

import java.util.List;
import java.util.Locale;

import kz.qashyq.content.LearningForm;
import kz.qashyq.content.internal.InvalidContentInput;
import kz.qashyq.content.internal.PlanService;
import kz.qashyq.content.internal.TopicForm;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calendar-thematic plans of a class (A1-25b, A1-25c, A1-25e) and the learners' thematic
 * schedule with the materials of their class (A1-9c).
 */
@Controller
class PlanController {

	private final PlanService plans;

	private final MessageSource messages;

	PlanController(PlanService plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	@GetMapping("/content/groups/{groupId}/plans")
	String group(@PathVariable long groupId, Model model) {
		model.addAttribute("page", this.plans.groupPlans(groupId));
		return "content/group";
	}

	@PostMapping("/content/groups/{groupId}/plans")
	String open(@PathVariable long groupId, @RequestParam(required = false) String subject, RedirectAttributes redirect,
			Locale locale) {
		try {
			return "redirect:/content/plans/" + this.plans.open(groupId, subject);
		}
		catch (InvalidContentInput ex) {
			redirect.addFlashAttribute("problems", ex.messages(this.messages, locale));
			return "redirect:/content/groups/" + groupId + "/plans";
		}
	}

	@GetMapping("/content/plans/{planId}")
	String plan(@PathVariable long planId, @RequestParam(required = false) Integer version, Model model) {
		model.addAttribute("page", this.plans.plan(planId, version));
		model.addAttribute("forms", LearningForm.values());
		if (!model.containsAttribute("topic")) {
			model.addAttribute("topic", TopicForm.empty());
		}
		return "content/plan";
	}

	@PostMapping("/content/plans/{planId}/topics")
	String addTopic(@PathVariable long planId, TopicForm topic, RedirectAttributes redirect, Locale locale) {
		try {
			this.plans.addTopic(planId, (topic != null) ? topic : TopicForm.empty());
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidContentInput ex) {
			redirect.addFlashAttribute("topic", topic);
			redirect.addFlashAttribute("problems", ex.messages(this.messages, locale));
		}
		return "redirect:/content/plans/" + planId;
	}

	@PostMapping("/content/plans/{planId}/topics/{topicId}")
	String updateTopic(@PathVariable long planId, @PathVariable long topicId, TopicForm topic,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.plans.updateTopic(planId, topicId, (topic != null) ? topic : TopicForm.empty());
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidContentInput ex) {
			redirect.addFlashAttribute("problems", ex.messages(this.messages, locale));
		}
		return "redirect:/content/plans/" + planId + "#topic-" + topicId;
	}

	@PostMapping("/content/plans/{planId}/topics/{topicId}/delete")
	String deleteTopic(@PathVariable long planId, @PathVariable long topicId, RedirectAttributes redirect) {
		this.plans.deleteTopic(planId, topicId);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/content/plans/" + planId;
	}

	@PostMapping("/content/plans/{planId}/publish")
	String publish(@PathVariable long planId, RedirectAttributes redirect, Locale locale) {
		try {
			this.plans.publish(planId);
			redirect.addFlashAttribute("published", true);
		}
		catch (InvalidContentInput ex) {
			redirect.addFlashAttribute("problems", ex.messages(this.messages, locale));
		}
		return "redirect:/content/plans/" + planId;
	}

	@GetMapping("/content/learners/{learnerId}/schedule")
	String learner(@PathVariable long learnerId, Model model) {
		model.addAttribute("page", this.plans.learner(learnerId, null));
		return "content/learner";
	}

	@GetMapping("/content/my/schedule")
	String mine(Model model) {
		List<PlanService.OwnLearner> learners = this.plans.ownLearners();
		if (learners.size() == 1) {
			return "redirect:/content/learners/" + learners.get(0).learnerId() + "/schedule";
		}
		model.addAttribute("learners", learners);
		return "content/children";
	}

}
