package kz.qashyq.directory.internal.roster;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RosterProperties.class)
class RosterConfiguration {

}
