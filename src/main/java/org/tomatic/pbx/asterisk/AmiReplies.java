package org.tomatic.pbx.asterisk;

import org.tomatic.pbx.PbxException;

/**
 * Asterisk's error replies to the queue actions, in words a user understands. The messages are
 * app_queue's (Asterisk 22): see docs/asterisk.md.
 */
final class AmiReplies {

    private AmiReplies() {
    }

    /** "Unable to add interface: Already there": the member is in the queue, as wanted. */
    static boolean alreadyThere(String message) {
        return has(message, "Already there");
    }

    /** "Unable to remove interface: Not there": the member is out of the queue, as wanted. */
    static boolean notThere(String message) {
        return has(message, "Not there");
    }

    static PbxException addFailed(String queue, String memberInterface, String message) {
        if (has(message, "No such queue")) {
            return noSuchQueue(queue);
        }
        return refused("add " + memberInterface + " to", queue, message);
    }

    static PbxException removeFailed(String queue, String memberInterface, String message) {
        if (has(message, "No such queue")) {
            return noSuchQueue(queue);
        }
        if (has(message, "not dynamic")) {
            return new PbxException(memberInterface + " is a static member of queue " + queue
                + " (queues.conf), so only Asterisk's configuration can remove it");
        }
        return refused("remove " + memberInterface + " from", queue, message);
    }

    /** Asterisk says "Interface not found" both for a member it does not have and for a queue it does not have. */
    static PbxException pauseFailed(String queue, String memberInterface, boolean pause, String message) {
        if (has(message, "Interface not found")) {
            return new PbxException(memberInterface + " is not in queue " + queue);
        }
        return refused((pause ? "pause " : "resume ") + memberInterface + " in", queue, message);
    }

    static PbxException noSuchQueue(String queue) {
        return new PbxException("no queue named " + queue);
    }

    private static PbxException refused(String what, String queue, String message) {
        return new PbxException("Asterisk refused to " + what + " queue " + queue + ": " + message);
    }

    private static boolean has(String message, String text) {
        return message != null && message.toLowerCase().contains(text.toLowerCase());
    }
}
