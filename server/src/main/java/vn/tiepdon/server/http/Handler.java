package vn.tiepdon.server.http;

/** A feature's handler of one route. Throws {@link ApiProblem} for a request it refuses. */
@FunctionalInterface
public interface Handler {
    Reply handle(Exchange exchange) throws Exception;
}
