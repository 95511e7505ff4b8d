package org.newsdesk.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * For benchmarks: counts the SQL statements the application runs and the time each kind takes
 * (from the driver's call to its answer, so round trip included). Import it as a bean; read and
 * reset with {@link #snapshot()} and {@link #reset()}. Counts every thread, so measure one
 * thing at a time.
 */
public class StatementCounter implements BeanPostProcessor {

    /** One statement text's count and total time. */
    public record Cost(String sql, long count, long nanos) {}

    private static final Map<String, LongAdder[]> costs = new ConcurrentHashMap<>();

    public static void reset() {
        costs.clear();
    }

    /** Each statement text run since the last reset, the most costly first. */
    public static java.util.List<Cost> snapshot() {
        return costs.entrySet().stream().map(e -> new Cost(e.getKey(), e.getValue()[0].sum(), e.getValue()[1].sum()))
                .sorted(Comparator.comparingLong(Cost::nanos).reversed()).toList();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !(Proxy.isProxyClass(bean.getClass()))) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class, AutoCloseable.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            if (ds instanceof AutoCloseable c) {
                                c.close();
                            }
                            return null;
                        }
                        Object result = call(ds, method, args);
                        return result instanceof Connection c ? connection(c) : result;
                    });
        }
        return bean;
    }

    private static Connection connection(Connection real) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = call(real, method, args);
                    if (result instanceof java.sql.PreparedStatement ps && method.getName().startsWith("prepare")) {
                        return statement(ps, (String) args[0], java.sql.PreparedStatement.class);
                    }
                    if (result instanceof Statement s && method.getName().equals("createStatement")) {
                        return statement(s, null, Statement.class);
                    }
                    return result;
                });
    }

    private static <T extends Statement> Object statement(T real, String preparedSql, Class<?> type) {
        Class<?>[] types = real instanceof java.sql.CallableStatement ? new Class<?>[] {java.sql.CallableStatement.class}
                : new Class<?>[] {type};
        InvocationHandler handler = (proxy, method, args) -> {
            if (!method.getName().startsWith("execute")) {
                return call(real, method, args);
            }
            String sql = preparedSql != null ? preparedSql : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
            long t0 = System.nanoTime();
            try {
                return call(real, method, args);
            } finally {
                LongAdder[] c = costs.computeIfAbsent(sql.replaceAll("\\s+", " ").strip(), k -> new LongAdder[] {new LongAdder(), new LongAdder()});
                c[0].increment();
                c[1].add(System.nanoTime() - t0);
            }
        };
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), types, handler);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
