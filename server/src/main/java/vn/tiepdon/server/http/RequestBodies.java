package vn.tiepdon.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.FieldLimits;

/**
 * Reads a JSON request body into a request record. Every failure becomes an {@link ApiProblem}
 * whose message names the field and says what is wrong, in words a person can act on: never
 * Jackson's own text or a Java class name.
 */
final class RequestBodies {
    private final JsonMapper json;

    RequestBodies(JsonMapper json) {
        this.json = json;
    }

    <T> T read(byte[] body, Class<T> type) {
        String what = "a " + describe(type);
        if (body.length == 0) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "the request body is empty; " + what + " is expected");
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new ApiProblem(ErrorCode.BAD_REQUEST, "the request body is null; " + what + " is expected");
            }
            return value;
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FieldLimits.FieldTooLongException tooLong) {
                throw new ApiProblem(ErrorCode.FIELD_TOO_LONG, tooLong.getMessage());
            }
            if (cause instanceof IllegalArgumentException bad && bad.getMessage() != null) {
                throw new ApiProblem(ErrorCode.BAD_REQUEST, bad.getMessage());
            }
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "the request body is not " + what + at(e));
        } catch (InvalidFormatException e) {
            Class<?> target = e.getTargetType();
            if (target != null && target.isEnum()) {
                String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
                throw new ApiProblem(ErrorCode.BAD_REQUEST, "field '" + path(e) + "' must be one of " + allowed);
            }
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "field '" + path(e) + "' has a value of the wrong kind");
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw new ApiProblem(ErrorCode.BAD_REQUEST, field.isEmpty()
                    ? "the request body is not " + what
                    : "field '" + field + "' has a value of the wrong kind");
        } catch (JsonMappingException e) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "the request body is not " + what + at(e));
        } catch (JsonProcessingException e) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "the request body is not valid JSON"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "the request body could not be read");
        }
    }

    private static String at(JsonMappingException e) {
        String field = path(e);
        return field.isEmpty() ? "" : " (at field '" + field + "')";
    }

    /** The JSON path of the failure: {@code chip.passiveAuth}, {@code items[2].name}. */
    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** {@code CheckinRequest} → "check-in request"... plain words for the message. */
    private static String describe(Class<?> type) {
        String name = type.getSimpleName();
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
