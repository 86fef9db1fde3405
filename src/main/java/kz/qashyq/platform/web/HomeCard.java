package kz.qashyq.platform.web;

/**
 * A card of the home page's "today" part, contributed by the module that knows its
 * content: the module's own Thymeleaf fragment, rendered with the module's own model. The
 * home page knows neither.
 *
 * @param order position on the page, lowest first
 * @param template the template holding the fragment, such as {@code "coursework/home"}
 * @param fragment the fragment's name; it takes one parameter, {@code card}
 * @param model what the fragment shows
 */
public record HomeCard(int order, String template, String fragment, Object model) {

}
