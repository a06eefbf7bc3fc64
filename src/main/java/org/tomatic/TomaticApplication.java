package org.tomatic;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TomaticApplication {
    public static void main(String[] args) {
        SpringApplication.run(TomaticApplication.class, args);
    }
}
