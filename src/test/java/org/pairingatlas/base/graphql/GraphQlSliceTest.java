package org.pairingatlas.base.graphql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A GraphQL slice test: the whole schema, the named controllers with their collaborators
 * mocked, and the scalars and error handling every request has; no database, no HTTP.
 * Tests run the documents of {@code src/test/resources/graphql-test/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@GraphQlTest
@Import(ScalarsConfiguration.class)
public @interface GraphQlSliceTest {

	/** The controllers under test. */
	@AliasFor(annotation = GraphQlTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
