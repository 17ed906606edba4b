package tech.jobbot.ports.out.account;

import java.util.Set;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.auth.Device;

/** The devices (browser and OS) a person has signed in from, kept sealed: a new one earns a security notice. */
public interface KnownDevices {
    Set<Device> of(AccountId person);

    /** Remembers the device; returns whether it was new. */
    boolean remember(AccountId person, Device device);
}
