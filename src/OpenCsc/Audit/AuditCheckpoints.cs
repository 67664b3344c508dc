using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Audit;

/// <summary>One line of the checkpoint file: the trail's last entry and its hash at a moment.</summary>
/// <param name="Line">The line's number in the file, from 1.</param>
public sealed record AuditCheckpoint(int Line, DateTime At, long Sequence, string Hash);

/// <summary>The checkpoint file as read: the lines whose seal verifies, and what is wrong with the others.</summary>
public sealed record CheckpointFile(string Path, IReadOnlyList<AuditCheckpoint> Checkpoints, IReadOnlyList<string> Problems);

/// <summary>
/// Anchors the audit trail outside the database: `opencsc audit checkpoint` (and the web host, hourly) appends the
/// trail's last sequence number and hash to an append-only file, each line sealed with the audit key and chained to
/// the line before, so `opencsc audit verify --checkpoints` finds a checkpointed entry that was since changed or
/// removed, and a trail cut back below the last checkpoint. A line reads
/// <c>at=2026-12-07T21:00:00.000000Z sequence=1234 hash=… previous=… seal=…</c>: previous is the line before's seal
/// (64 zeros for the first), seal is HMAC-SHA256 of the text before " seal=". See
/// docs/decisions/0030-keyed-audit-chain-and-checkpoints.md.
/// </summary>
public static partial class AuditCheckpoints
{
    private const string SealPrefix = "opencsc-audit-checkpoint\n";

    /// <summary>Appends a checkpoint of the trail as it is now to the file (made, mode 0600, if missing).</summary>
    public static async Task<AuditCheckpoint> WriteAsync(AppDbContext db, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        DateTime at = AuditHash.ToStoredPrecision(db.Clock.GetUtcNow().UtcDateTime);
        long sequence = head?.Sequence ?? 0;
        string hash = head?.Hash ?? AuditHash.Genesis;

        string full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        await using FileStream stream = await OpenExclusiveAsync(full, cancellationToken);
        string existing;
        using (var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
        {
            existing = await reader.ReadToEndAsync(cancellationToken);
        }

        string[] lines = existing.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int number = existing.Count(c => c == '\n') + (existing.Length > 0 && !existing.EndsWith('\n') ? 2 : 1);
        string previous = lines.Length > 0 && LinePattern().Match(lines[^1].TrimEnd('\r')) is { Success: true } last
            ? last.Groups["seal"].Value
            : AuditHash.Genesis;
        string body = string.Create(CultureInfo.InvariantCulture,
            $"at={at:yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'} sequence={sequence} hash={hash} previous={previous}");
        string line = $"{body} seal={db.AuditKey.Seal(SealPrefix + body)}\n";
        if (existing.Length > 0 && !existing.EndsWith('\n'))
        {
            line = "\n" + line;
        }

        stream.Seek(0, SeekOrigin.End);
        byte[] bytes = Encoding.UTF8.GetBytes(line);
        await stream.WriteAsync(bytes, cancellationToken);
        stream.Flush(flushToDisk: true);
        return new AuditCheckpoint(number, at, sequence, hash);
    }

    /// <summary>Reads the checkpoint file, checking each line's seal with <paramref name="key"/> and its link to the line before.</summary>
    /// <exception cref="FileNotFoundException">There is no checkpoint file.</exception>
    public static CheckpointFile Read(string path, AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        string full = System.IO.Path.GetFullPath(path);
        string[] lines = File.ReadAllText(full, Encoding.UTF8).Split('\n');
        var checkpoints = new List<AuditCheckpoint>();
        var problems = new List<string>();
        string? previousSeal = AuditHash.Genesis;
        for (int i = 0; i < lines.Length; i++)
        {
            string text = lines[i].TrimEnd('\r');
            int number = i + 1;
            if (text.Length == 0)
            {
                continue;
            }

            Match match = LinePattern().Match(text);
            if (!match.Success || !DateTime.TryParseExact(match.Groups["at"].Value, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'",
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime at))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"checkpoint line {number} is not a checkpoint: it was edited or corrupted"));
                previousSeal = null;
                continue;
            }

            string seal = match.Groups["seal"].Value;
            if (!key.Verifies(SealPrefix + match.Groups["body"].Value, seal))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"checkpoint line {number}: its seal does not match the audit key {key.Id}; the line was edited, forged or written with another key"));
                previousSeal = seal;
                continue;
            }

            if (previousSeal is not null && match.Groups["previous"].Value != previousSeal)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"checkpoint line {number} does not follow on from the line before it; checkpoint lines were removed, inserted or reordered"));
            }

            previousSeal = seal;
            checkpoints.Add(new AuditCheckpoint(number, at, long.Parse(match.Groups["sequence"].Value, CultureInfo.InvariantCulture), match.Groups["hash"].Value));
        }

        return new CheckpointFile(full, checkpoints, problems);
    }

    /// <summary>The file opened for reading and appending by this process alone: a web host and a command line may both write.</summary>
    private static async Task<FileStream> OpenExclusiveAsync(string path, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(path, options);
            }
            catch (IOException) when (attempt < 50 && File.Exists(path))
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    [GeneratedRegex("^(?<body>at=(?<at>\\S+) sequence=(?<sequence>[0-9]{1,18}) hash=(?<hash>[0-9a-f]{64}) previous=(?<previous>[0-9a-f]{64})) seal=(?<seal>[0-9a-f]{64})$", RegexOptions.CultureInvariant)]
    private static partial Regex LinePattern();
}
