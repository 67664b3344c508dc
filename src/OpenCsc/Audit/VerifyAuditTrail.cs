using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Audit;

/// <summary>What <see cref="VerifyAuditTrail"/> found: how many entries it read, and the first broken one if any.</summary>
public sealed record AuditVerification(long Entries, long? BrokenAt, string? Problem, string LastHash)
{
    public bool Intact => BrokenAt is null;
}

/// <summary>
/// `opencsc audit verify`: reads the trail in sequence order, recomputes each entry's hash and checks that it follows
/// on from the one before; stops at the first entry that does not. A hash that does not match the entry's fields
/// means the entry was edited; a gap in the sequence means entries were deleted; an entry whose previous hash is not
/// the hash of the entry before it means something before it was deleted, inserted or rewritten. Deleting entries
/// from the end leaves a shorter intact chain: compare <see cref="AuditVerification.LastHash"/> with one kept
/// elsewhere to detect that.
/// </summary>
public static class VerifyAuditTrail
{
    public static async Task<AuditVerification> RunAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        long expected = 1;
        long count = 0;
        string previous = AuditHash.Genesis;
        await foreach (AuditEntry entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            string? problem = Check(entry, expected, previous);
            if (problem is not null)
            {
                return new AuditVerification(count, entry.Sequence, problem, previous);
            }

            count++;
            expected = entry.Sequence + 1;
            previous = entry.Hash;
        }

        return new AuditVerification(count, null, null, previous);
    }

    /// <summary>Why the entry breaks the chain, or null when it follows on from the entry before.</summary>
    public static string? Check(AuditEntry entry, long expectedSequence, string previousHash)
    {
        if (entry.Sequence != expectedSequence)
        {
            return entry.Sequence > expectedSequence
                ? string.Create(CultureInfo.InvariantCulture, $"sequence gap: expected entry {expectedSequence}, found {entry.Sequence}; entries {expectedSequence} to {entry.Sequence - 1} were deleted")
                : string.Create(CultureInfo.InvariantCulture, $"sequence out of order: expected entry {expectedSequence}, found {entry.Sequence}; an entry was inserted");
        }

        if (AuditHash.Compute(entry) != entry.Hash)
        {
            return "hash mismatch: the entry's fields are not those it was written with; it was edited";
        }

        if (entry.PreviousHash != previousHash)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"previous-hash mismatch: the entry does not follow on from entry {expectedSequence - 1}; an entry before it was deleted, inserted or rewritten");
        }

        return null;
    }
}
