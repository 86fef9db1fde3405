package kz.qashyq.directory.internal.roster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and workers of the roster import ({@code qashyq.roster.*}).
 *
 * @param maxFileSize the largest file accepted (keep it below
 * {@code spring.servlet.multipart.max-file-size})
 * @param maxRows the most data rows a file may have
 * @param workers imports that run at the same time on one node
 * @param queueCapacity imports that may wait for a worker; more are refused as busy
 * @param maxErrors errors kept per import (all are counted)
 * @param heartbeat how often a node renews the lease of the imports it runs
 * @param staleAfter after how long without a renewed lease an import counts as abandoned
 * by a node that is gone
 * @param node this node's name in the job table; default host name and port
 */
@ConfigurationProperties("qashyq.roster")
public record RosterProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("20000") int maxRows,
		@DefaultValue("2") int workers, @DefaultValue("20") int queueCapacity, @DefaultValue("5000") int maxErrors,
		@DefaultValue("20s") Duration heartbeat, @DefaultValue("2m") Duration staleAfter, String node) {

	public long maxFileSizeMegabytes() {
		return Math.max(1, this.maxFileSize.toMegabytes());
	}

}
