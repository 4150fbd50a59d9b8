package io.newsstream.serde;

import io.newsstream.schema.RawArticle;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/** Older and newer versions of the RawArticle contract, as other producers might still write them. */
final class EvolvedSchemas {

    private EvolvedSchemas() {}

    /** RawArticle before {@code language}, {@code publisher_tags} and {@code origin} were added. */
    static Schema rawArticleVersion1() {
        Schema timestamp = LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));
        return SchemaBuilder.record("RawArticle").namespace("io.newsstream.schema").fields()
                .requiredString("id")
                .optionalString("url")
                .optionalString("source")
                .optionalString("title")
                .requiredString("body")
                .name("published_at").type().unionOf().nullType().and().type(timestamp).endUnion().nullDefault()
                .name("ingested_at").type(timestamp).noDefault()
                .endRecord();
    }

    /** A RawArticle from a newer producer, with a field this build does not know. */
    static Schema rawArticleWithExtraField() {
        Schema current = RawArticle.getClassSchema();
        List<Schema.Field> fields = new ArrayList<>();
        current.getFields().forEach(field -> fields.add(new Schema.Field(field, field.schema())));
        fields.add(new Schema.Field("paywalled", Schema.create(Schema.Type.BOOLEAN), null, false));
        return Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
    }

    /** A record named RawArticle that this build cannot read: the required body is gone, id is a number. */
    static Schema rawArticleIncompatible() {
        return SchemaBuilder.record("RawArticle").namespace("io.newsstream.schema").fields()
                .requiredLong("id")
                .endRecord();
    }
}
