using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Audit;

/// <summary>One thing wrong with the trail: an entry, or a run of entries broken the same way, or a checkpoint line.</summary>
/// <param name="Sequence">The first entry it concerns; null for a problem of the checkpoint file itself.</param>
/// <param name="Through">The last entry of a run broken the same way (the same as <paramref name="Sequence"/> for one).</param>
public sealed record AuditProblem(long? Sequence, long? Through, string Description)
{
    public override string ToString() => Sequence is null ? Description
        : Through == Sequence ? string.Create(CultureInfo.InvariantCulture, $"entry {Sequence}: {Description}")
        : string.Create(CultureInfo.InvariantCulture, $"entries {Sequence} to {Through}: {Description}");
}

/// <summary>What <see cref="VerifyAuditTrail"/> found.</summary>
/// <param name="Entries">Entries that verified before the first problem (all of them when intact).</param>
/// <param name="Read">Entries read in all.</param>
/// <param name="LegacyEntries">Entries hashed with plain SHA-256, before the keyed chain (migration 0013).</param>
/// <param name="LastSequence">The last entry's sequence (0 for an empty trail).</param>
/// <param name="LastHash">The last entry's hash.</param>
/// <param name="Problems">Every problem, in sequence order, then those of the checkpoint file.</param>
/// <param name="Checkpoints">The checkpoints compared with the trail (0 when none were given).</param>
public sealed record AuditVerification(long Entries, long Read, long LegacyEntries, long LastSequence, string LastHash,
    IReadOnlyList<AuditProblem> Problems, int Checkpoints)
{
    public bool Intact => Problems.Count == 0;

    /// <summary>The first entry that breaks the trail, if any.</summary>
    public long? BrokenAt => Problems.FirstOrDefault(p => p.Sequence is not null)?.Sequence ?? (Problems.Count > 0 ? LastSequence : null);

    /// <summary>The first problem's description, if any.</summary>
    public string? Problem => Problems.Count > 0 ? (Problems.FirstOrDefault(p => p.Sequence is not null) ?? Problems[0]).Description : null;
}

/// <summary>
/// `opencsc audit verify [--checkpoints]`: reads the trail in sequence order, recomputes each entry's seal with the
/// audit key and checks that it follows on from the one before; after a broken entry it carries on from that entry,
/// so every break is named (runs broken the same way as one range). A seal that does not match means the entry was
/// edited, or forged or rewritten without the key; a gap in the sequence means entries were deleted; an entry whose
/// previous hash is not the hash of the entry before it means something before it was deleted, inserted or
/// rewritten; an unkeyed (legacy) entry after keyed ones was forged. Deleting entries from the end leaves a shorter
/// chain that verifies: the checkpoints, kept outside the database, catch that (see <see cref="AuditCheckpoints"/>).
/// </summary>
public static class VerifyAuditTrail
{
    /// <summary>At most this many problems are listed (a run of entries broken the same way counts once).</summary>
    public const int MaxProblems = 1000;

    public static Task<AuditVerification> RunAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        RunAsync(db, checkpoints: null, cancellationToken);

    /// <summary>Verifies the chain with the context's <see cref="AppDbContext.AuditKey"/> and, when given, compares it with the checkpoints.</summary>
    public static async Task<AuditVerification> RunAsync(AppDbContext db, CheckpointFile? checkpoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        AuditKey key = db.AuditKey;
        var problems = new List<AuditProblem>();
        Dictionary<long, string?> checkpointed = checkpoints?.Checkpoints.Where(c => c.Sequence > 0).Select(c => c.Sequence).Distinct().ToDictionary(s => s, _ => (string?)null) ?? [];
        long expected = 1;
        long read = 0;
        long legacy = 0;
        long? intactBefore = null;
        long lastSequence = 0;
        string previous = AuditHash.Genesis;
        bool keyedSeen = false;
        await foreach (AuditEntry entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            string? problem = Check(entry, expected, previous, key, keyedSeen);
            if (problem is not null)
            {
                intactBefore ??= read;
                Add(problems, entry.Sequence, problem);
            }

            read++;
            legacy += entry.HashScheme == AuditHashScheme.Sha256 ? 1 : 0;
            keyedSeen |= entry.HashScheme == AuditHashScheme.HmacSha256;
            if (checkpointed.ContainsKey(entry.Sequence))
            {
                checkpointed[entry.Sequence] = entry.Hash;
            }

            // Carry on from this entry as it stands, so a later break is named too.
            expected = entry.Sequence + 1;
            previous = entry.Hash;
            lastSequence = entry.Sequence;
        }

        if (checkpoints is not null)
        {
            problems.AddRange(Compare(checkpoints, checkpointed, lastSequence));
            problems = [.. problems.OrderBy(p => p.Sequence)];
            problems.AddRange(checkpoints.Problems.Select(p => new AuditProblem(null, null, p)));
            if (intactBefore is null && problems.Count > 0)
            {
                intactBefore = problems[0].Sequence is { } first ? Math.Max(0, first - 1) : read;
            }
        }

        return new AuditVerification(intactBefore ?? read, read, legacy, lastSequence, previous, problems, checkpoints?.Checkpoints.Count ?? 0);
    }

    /// <summary>Why the entry breaks the chain, or null when it follows on from the entry before.</summary>
    /// <param name="afterKeyed">Whether a keyed entry came before it: then an unkeyed one is a forgery.</param>
    public static string? Check(AuditEntry entry, long expectedSequence, string previousHash, AuditKey key, bool afterKeyed = false)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(key);
        if (entry.Sequence != expectedSequence)
        {
            return entry.Sequence > expectedSequence
                ? string.Create(CultureInfo.InvariantCulture, $"sequence gap: expected entry {expectedSequence}, found {entry.Sequence}; entries {expectedSequence} to {entry.Sequence - 1} were deleted")
                : string.Create(CultureInfo.InvariantCulture, $"sequence out of order: expected entry {expectedSequence}, found {entry.Sequence}; an entry was inserted");
        }

        if (entry.HashScheme == AuditHashScheme.Sha256 && afterKeyed)
        {
            return "unkeyed entry after keyed ones: every entry since the audit key came into use is sealed with it; this one was forged or rewritten without the key";
        }

        bool sealedRight = entry.HashScheme == AuditHashScheme.Sha256
            ? AuditHash.Sha256(entry) == entry.Hash
            : key.Verifies(AuditHash.Canonical(entry), entry.Hash);
        if (!sealedRight)
        {
            return HashMismatch(entry, key);
        }

        if (entry.PreviousHash != previousHash)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"previous-hash mismatch: the entry does not follow on from entry {expectedSequence - 1}; an entry before it was deleted, inserted or rewritten");
        }

        return null;
    }

    private static string HashMismatch(AuditEntry entry, AuditKey key)
    {
        if (entry.HashScheme == AuditHashScheme.Sha256)
        {
            return "hash mismatch: the entry's fields are not those it was written with; it was edited";
        }

        if (entry.Hash == AuditHash.Sha256(entry))
        {
            return "hash mismatch: the hash is plain SHA-256, not sealed with the audit key; the entry was forged or rewritten without the key";
        }

        if (!key.IsDevelopment && entry.Hash == AuditHash.Compute(entry, AuditKey.Development))
        {
            return "hash mismatch: sealed with the published development key, not this deployment's audit key";
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"hash mismatch: the entry is not sealed with the audit key {key.Id} over its fields; it was edited, or forged with another key");
    }

    private static void Add(List<AuditProblem> problems, long sequence, string description)
    {
        if (problems.Count > 0 && problems[^1] is { Through: { } through } last && through == sequence - 1 && last.Description == description)
        {
            problems[^1] = last with { Through = sequence };
            return;
        }

        if (problems.Count < MaxProblems)
        {
            problems.Add(new AuditProblem(sequence, sequence, description));
        }
    }

    /// <summary>Each checkpointed entry that is missing or changed, and a truncation below the last checkpoint.</summary>
    private static List<AuditProblem> Compare(CheckpointFile file, Dictionary<long, string?> found, long lastSequence)
    {
        var problems = new List<AuditProblem>();
        AuditCheckpoint? highest = file.Checkpoints.OrderByDescending(c => c.Sequence).ThenBy(c => c.Line).FirstOrDefault();
        if (highest is not null && highest.Sequence > lastSequence)
        {
            problems.Add(new AuditProblem(lastSequence + 1, highest.Sequence, string.Create(CultureInfo.InvariantCulture,
                $"truncated: the trail ends at entry {lastSequence}, but checkpoint line {highest.Line} ({Stamp(highest.At)}) recorded entry {highest.Sequence}; entries {lastSequence + 1} to {highest.Sequence} were removed")));
        }

        foreach (AuditCheckpoint checkpoint in file.Checkpoints.Where(c => c.Sequence > 0 && c.Sequence <= lastSequence))
        {
            string? hash = found[checkpoint.Sequence];
            if (hash is null)
            {
                problems.Add(new AuditProblem(checkpoint.Sequence, checkpoint.Sequence, string.Create(CultureInfo.InvariantCulture,
                    $"missing: checkpoint line {checkpoint.Line} ({Stamp(checkpoint.At)}) recorded this entry, and it is no longer in the trail")));
            }
            else if (hash != checkpoint.Hash)
            {
                problems.Add(new AuditProblem(checkpoint.Sequence, checkpoint.Sequence, string.Create(CultureInfo.InvariantCulture,
                    $"changed since checkpoint line {checkpoint.Line} ({Stamp(checkpoint.At)}): its hash was {checkpoint.Hash}, it is now {hash}")));
            }
        }

        return problems;
    }

    private static string Stamp(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
