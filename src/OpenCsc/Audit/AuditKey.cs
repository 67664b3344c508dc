using System.Security.Cryptography;
using System.Text;

namespace OpenCsc.Audit;

/// <summary>
/// The secret that seals the audit trail: each entry's hash and each checkpoint line is HMAC-SHA256 under it. It is
/// kept in a file outside the database (<see cref="AuditKeyFile"/>), so someone who can write the database but cannot
/// read the file cannot recompute a chain that verifies. See docs/decisions/0030-keyed-audit-chain-and-checkpoints.md.
/// </summary>
public sealed class AuditKey
{
    /// <summary>The key's length: 256 bits, HMAC-SHA256's block-safe size.</summary>
    public const int Length = 32;

    private readonly byte[] _key;

    private AuditKey(byte[] key, bool isDevelopment)
    {
        _key = key;
        IsDevelopment = isDevelopment;
        Id = Seal("opencsc-audit-key-id")[..16];
    }

    /// <summary>
    /// The key a context uses when it was given none (tests, a library caller without configuration). It is derived
    /// from a sentence in the source code, so it protects nothing: the web host and the command line always load a
    /// key file instead.
    /// </summary>
    public static AuditKey Development { get; } =
        new(SHA256.HashData(Encoding.UTF8.GetBytes("OpenCSC development audit key: published, protects nothing")), isDevelopment: true);

    public bool IsDevelopment { get; }

    /// <summary>Names the key without revealing it (16 hex digits of a seal under it), for messages.</summary>
    public string Id { get; }

    public static AuditKey CreateRandom() => new(RandomNumberGenerator.GetBytes(Length), isDevelopment: false);

    /// <exception cref="FormatException">The text is not 64 hexadecimal digits.</exception>
    public static AuditKey FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        string trimmed = hex.Trim();
        if (trimmed.Length != Length * 2 || !trimmed.All(char.IsAsciiHexDigit))
        {
            throw new FormatException($"An audit key is {Length * 2} hexadecimal digits.");
        }

        byte[] key = Convert.FromHexString(trimmed);
        return new AuditKey(key, key.AsSpan().SequenceEqual(Development._key));
    }

    /// <summary>The key as the key file holds it.</summary>
    public string ToHex() => Convert.ToHexStringLower(_key);

    /// <summary>HMAC-SHA256 of the UTF-8 text under the key, lower-case hex.</summary>
    public string Seal(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text)));

    /// <summary>Whether <paramref name="seal"/> is the text's seal, compared in constant time.</summary>
    public bool Verifies(string text, string seal) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Seal(text)), Encoding.ASCII.GetBytes(seal));

    /// <summary>Never the key itself: this object sits in settings that may be logged.</summary>
    public override string ToString() => IsDevelopment ? $"development audit key {Id}" : $"audit key {Id}";
}
