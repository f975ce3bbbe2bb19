package org.corebalance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Core Balance: one self-hosted server for the whole coaching practice. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CoreBalanceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoreBalanceApplication.class, args);
    }
}
