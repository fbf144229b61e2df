package dev.mistralready.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Describes one option of a check's options record, for {@code mistral-ready list}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface OptionDoc {

    /** What the option means, in a few words. */
    String value();

    /** Whether the gate must set it. */
    boolean required() default false;

    /** What a value looks like, when the Java type does not say it well ("text or list"). */
    String type() default "";
}
