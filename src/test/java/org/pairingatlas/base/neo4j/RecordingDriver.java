package org.pairingatlas.base.neo4j;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;

/**
 * Wraps the real driver, under the application's own routing, and writes down every
 * statement with the access mode of the session or transaction it ran in, and how many
 * bookmarks that session began with.
 */
final class RecordingDriver {

	/** One statement as the database received it. */
	record Statement(AccessMode mode, String cypher, int bookmarks) {
	}

	static final List<Statement> STATEMENTS = Collections.synchronizedList(new ArrayList<>());

	private RecordingDriver() {
	}

	static List<Statement> take() {
		synchronized (STATEMENTS) {
			List<Statement> taken = new ArrayList<>(STATEMENTS);
			STATEMENTS.clear();
			return taken;
		}
	}

	static Driver around(Driver driver) {
		return (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class },
				(proxy, method, args) -> {
					Object result = invoke(driver, method, args);
					if (result instanceof Session session && args != null) {
						SessionConfig config = first(args, SessionConfig.class);
						AccessMode mode = (config != null) ? config.defaultAccessMode() : AccessMode.WRITE;
						int bookmarks = 0;
						if (config != null && config.bookmarks() != null) {
							for (var ignored : config.bookmarks()) {
								bookmarks++;
							}
						}
						return recording(session, Session.class, mode, bookmarks);
					}
					return result;
				});
	}

	@SuppressWarnings("unchecked")
	private static <T> T recording(T target, Class<T> type, AccessMode mode, int bookmarks) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("run") && args != null && args.length > 0) {
				STATEMENTS.add(new Statement(mode, cypher(args[0]), bookmarks));
			}
			Object result = invoke(target, method, args);
			if (result instanceof Transaction transaction && method.getName().equals("beginTransaction")) {
				return recording(transaction, Transaction.class, mode, bookmarks);
			}
			return result;
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static String cypher(Object query) {
		return (query instanceof Query q) ? q.text() : String.valueOf(query);
	}

	private static @Nullable Object invoke(Object target, Method method, Object @Nullable [] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private static <T> @Nullable T first(Object[] args, Class<T> type) {
		for (Object arg : args) {
			if (type.isInstance(arg)) {
				return type.cast(arg);
			}
		}
		return null;
	}

}
