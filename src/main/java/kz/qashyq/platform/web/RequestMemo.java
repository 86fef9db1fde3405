package kz.qashyq.platform.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers a look-up for the rest of the current HTTP request, for facts that cannot
 * change while a request runs and that several layers ask for (the scope path of a class
 * or an organization is checked by the controller's service, the access rule and the
 * audit record of one click). Outside a request (jobs, event listeners, start-up) every
 * call looks up afresh. An empty answer is not remembered.
 */
public final class RequestMemo {

	private static final String ATTRIBUTE = RequestMemo.class.getName();

	private RequestMemo() {
	}

	/**
	 * The remembered value for the key, or the look-up's answer (remembered when
	 * present).
	 * @param key a key naming what is looked up and its arguments, such as
	 * {@code "groupPath:15"}
	 */
	@SuppressWarnings("unchecked")
	public static <T> Optional<T> get(String key, Supplier<Optional<T>> lookup) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return lookup.get();
		}
		Map<String, Object> memo = (Map<String, Object>) request.getAttribute(ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST);
		if (memo == null) {
			memo = new HashMap<>();
			request.setAttribute(ATTRIBUTE, memo, RequestAttributes.SCOPE_REQUEST);
		}
		Object known = memo.get(key);
		if (known != null) {
			return Optional.of((T) known);
		}
		Optional<T> found = lookup.get();
		found.ifPresent(
				(value) -> ((Map<String, Object>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST))
					.put(key, value));
		return found;
	}

}
