package org.ficshelf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The work record's JSON form (the contract of {@code spec/work-json.md}). */
public final class WorkJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
    private static final ObjectWriter COMPACT = MAPPER.writer();

    private WorkJson() {
    }

    /** The record as indented JSON. */
    public static String pretty(WorkRecord record) {
        return write(PRETTY, record);
    }

    /** The record as one line of JSON (for JSON Lines). */
    public static String compact(WorkRecord record) {
        return write(COMPACT, record);
    }

    /** The shared mapper, configured for the record types. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static String write(ObjectWriter writer, WorkRecord record) {
        try {
            return writer.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            // Records of strings, numbers and lists always serialise; this would be a model bug.
            throw new IllegalStateException("work record did not serialise", e);
        }
    }
}
