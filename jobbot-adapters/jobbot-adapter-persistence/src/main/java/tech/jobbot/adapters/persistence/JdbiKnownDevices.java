package tech.jobbot.adapters.persistence;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.auth.Device;
import tech.jobbot.ports.out.account.KnownDevices;
import tech.jobbot.ports.out.crypto.KeyVault;

/** Known devices as a sealed per-person document. */
public final class JdbiKnownDevices implements KnownDevices {
    private final JdbiTransactions tx;
    private final AccountDocuments<Devices> documents;

    public JdbiKnownDevices(JdbiTransactions tx, KeyVault vault, Clock clock) {
        this.tx = tx;
        this.documents = new AccountDocuments<>(tx, vault, clock, "known-devices", Devices.class);
    }

    @Override
    public Set<Device> of(AccountId person) {
        return documents.find(person).map(Devices::devices).orElse(Set.of());
    }

    @Override
    public boolean remember(AccountId person, Device device) {
        return tx.inTransaction(() -> {
            Set<Device> known = new HashSet<>(documents.findForUpdate(person).map(Devices::devices).orElse(Set.of()));
            boolean added = known.add(device);
            if (added) {
                documents.save(person, new Devices(known));
            }
            return added;
        });
    }

    /** The stored form. */
    record Devices(Set<Device> devices) {
    }
}
