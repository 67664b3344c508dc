using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpenCsc.Audit;

/// <summary>
/// The hash that chains the audit trail: HMAC-SHA256 under the audit key (SHA-256 for entries written before the key,
/// see <see cref="AuditHashScheme"/>) over a canonical serialisation of every field of an entry except the hash itself. Each field is written as its length, a colon and its text, in a fixed order, so no two different
/// entries serialise alike (a value containing a separator cannot shift the others); null is written as "-".
/// </summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Canonical(AuditEntry entry)
    {
        var builder = new StringBuilder(256);
        Field(builder, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(builder, entry.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture));
        Field(builder, entry.UserId);
        Field(builder, entry.UserName);
        Field(builder, entry.Address);
        Field(builder, entry.Action.ToString());
        Field(builder, entry.EntityType);
        Field(builder, entry.EntityId);
        Field(builder, entry.ChildId?.ToString(CultureInfo.InvariantCulture));
        Field(builder, entry.Details);
        Field(builder, entry.PreviousHash);
        return builder.ToString();
    }

    /// <summary>The entry's hash by its own scheme: sealed with <paramref name="key"/>, or plain SHA-256 for a legacy entry.</summary>
    public static string Compute(AuditEntry entry, AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(key);
        return entry.HashScheme switch
        {
            AuditHashScheme.Sha256 => Sha256(entry),
            AuditHashScheme.HmacSha256 => key.Seal(Canonical(entry)),
            _ => throw new ArgumentOutOfRangeException(nameof(entry), entry.HashScheme, "Unknown hash scheme."),
        };
    }

    /// <summary>Plain SHA-256 of the canonical text: how entries were hashed before the keyed chain, and what anyone can compute.</summary>
    public static string Sha256(AuditEntry entry) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(entry))));

    /// <summary>The time as stored: whole microseconds (PostgreSQL's precision), so the hash survives a round trip.</summary>
    public static DateTime ToStoredPrecision(DateTime utc) =>
        DateTime.SpecifyKind(new DateTime(utc.Ticks - (utc.Ticks % 10)), DateTimeKind.Unspecified);

    private static void Field(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("-;");
            return;
        }

        builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
    }
}
