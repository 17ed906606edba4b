package tech.jobbot.ports.archfixture;

import tech.jobbot.sdk.Jobbot;

/** Breaks "ports depend on the domain only" on purpose. */
public interface PortUsingTheSdk {
    Jobbot jobbot();
}
