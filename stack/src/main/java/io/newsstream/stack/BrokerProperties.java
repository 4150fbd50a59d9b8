package io.newsstream.stack;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The server properties of a single-node KRaft broker that is also its own controller.
 *
 * <p>Every internal topic gets replication factor 1 and min ISR 1, since there is one node;
 * without that, consumer groups and transactions (exactly_once_v2) would wait forever for
 * replicas that never come.
 */
final class BrokerProperties {

    static final String CLIENT_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int NODE_ID = 1;

    private BrokerProperties() {}

    static Map<String, String> singleNode(String host, int port, int controllerPort, Path logDir) {
        Map<String, String> props = new TreeMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", "%d@%s:%d".formatted(NODE_ID, host, controllerPort));
        props.put(
                "listeners",
                "%s://%s:%d,%s://%s:%d"
                        .formatted(
                                CLIENT_LISTENER,
                                host,
                                port,
                                CONTROLLER_LISTENER,
                                host,
                                controllerPort));
        props.put("advertised.listeners", "%s://%s:%d".formatted(CLIENT_LISTENER, host, port));
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", CLIENT_LISTENER);
        props.put(
                "listener.security.protocol.map",
                "%s:PLAINTEXT,%s:PLAINTEXT".formatted(CLIENT_LISTENER, CONTROLLER_LISTENER));
        props.put("log.dirs", logDir.toAbsolutePath().toString());

        // One partition each for the offsets and transaction logs instead of 50: creating 50
        // partitions delays the first consumer group and the first transaction by seconds.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");

        // Tests and the demo start consumers right after the broker; the default 3 s delay would
        // stall every first rebalance.
        props.put("group.initial.rebalance.delay.ms", "0");
        // Topics are provisioned explicitly, so a typo in a topic name fails instead of
        // silently creating a one-partition topic.
        props.put("auto.create.topics.enable", "false");
        return props;
    }
}
