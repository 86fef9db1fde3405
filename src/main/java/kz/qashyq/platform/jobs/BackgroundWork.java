package kz.qashyq.platform.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.core.env.Environment;

/**
 * The pieces every database-recorded background job shares (roster imports, timetable
 * runs): the node's name in the job rows, a bounded pool of daemon workers and a single
 * daemon thread for leases and heartbeats.
 */
public final class BackgroundWork {

	private BackgroundWork() {
	}

	/**
	 * This node's name in job rows: the configured one, or host and port.
	 */
	public static String nodeName(String configured, Environment environment) {
		return (configured != null && !configured.isBlank()) ? configured
				: hostName() + ":" + environment.getProperty("server.port", "8080");
	}

	/**
	 * A fixed pool of daemon workers named {@code prefix-1}, {@code prefix-2}, … with a
	 * bounded queue; a full queue refuses the task.
	 */
	public static ThreadPoolExecutor boundedPool(String prefix, int workers, int queueCapacity) {
		AtomicInteger threads = new AtomicInteger();
		return new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(Math.max(1, queueCapacity)), (task) -> {
					Thread thread = new Thread(task, prefix + "-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	/**
	 * One daemon thread for periodic work such as lease renewal.
	 */
	public static ScheduledExecutorService watcher(String name) {
		return Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
