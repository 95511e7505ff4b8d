package org.newsdesk.workflow;

/** A transition the workflow refuses, with the reason in words a user understands. */
public class WorkflowException extends RuntimeException {
    public WorkflowException(String message) {
        super(message);
    }
}
