package org.gongkai.assistant;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * Marks a bean that exists only while the assistant is on ({@code gongkai.assistant.enabled}, default true). Off, the
 * embedding model and its ONNX runtime are never loaded, the chat endpoints and the panel are gone; service items and
 * their 办事指南 pages stay.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnBooleanProperty(name = "gongkai.assistant.enabled", matchIfMissing = true)
public @interface WhenAssistantEnabled {

}
