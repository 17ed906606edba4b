package tech.jobbot.ports.out.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.staff.StaffCase;
import tech.jobbot.domain.staff.StaffId;

/** Cases, the only road from staff to a person's data. A case goes with the person's account when it is erased. */
public interface StaffCases {
    void add(StaffCase staffCase);

    Optional<StaffCase> find(UUID id);

    /** Open cases first, newest first. */
    List<StaffCase> assignedTo(StaffId staff, int limit);

    /** Newest first. */
    List<StaffCase> all(int limit);

    boolean close(UUID id, Instant at);
}
