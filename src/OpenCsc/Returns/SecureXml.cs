using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace OpenCsc.Returns;

/// <summary>
/// Reader settings for untrusted XML: no DTD (so no entity expansion, billion laughs or external entities) and
/// no resolver (nothing is fetched from disk or the network).
/// </summary>
public static partial class SecureXml
{
    /// <summary>
    /// A reader over untrusted XML. A file that declares US-ASCII is decoded strictly, because .NET would
    /// otherwise turn every non-ASCII byte into '?' without a word; other encodings are left to XmlReader,
    /// which refuses bytes that are not valid UTF-8.
    /// </summary>
    public static XmlReader CreateReader(Stream stream)
    {
        var head = new byte[256];
        int length = 0;
        int read;
        while (length < head.Length && (read = stream.Read(head, length, head.Length - length)) > 0)
        {
            length += read;
        }

        var input = new PrefixedStream(head.AsMemory(0, length), stream);
        string declaration = Encoding.Latin1.GetString(head, 0, length);
        var match = length >= 5 && declaration.StartsWith("<?xml", StringComparison.Ordinal) ? DeclaredEncoding().Match(declaration) : Match.Empty;
        if (match.Success && match.Groups[1].Value.ToUpperInvariant() is "US-ASCII" or "ASCII" or "ANSI_X3.4-1968")
        {
            var ascii = Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return new DepthLimitedXmlReader(XmlReader.Create(new StreamReader(input, ascii, detectEncodingFromByteOrderMarks: false), ReaderSettings()), MaxDepth);
        }

        return new DepthLimitedXmlReader(XmlReader.Create(input, ReaderSettings()), MaxDepth);
    }

    /// <summary>The deepest element nesting accepted: the CIN census and SSDA903 schemas nest fewer than 10 levels.</summary>
    public const int MaxDepth = 32;

    public static XmlReaderSettings ReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    [GeneratedRegex("""^<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']""")]
    private static partial Regex DeclaredEncoding();

    /// <summary>A problem for XML that cannot be parsed at all; reading stops there.</summary>
    /// <param name="readerLine">The reader's line, used when the exception has none (a refused DTD).</param>
    public static ReturnProblem Problem(string file, string? path, Exception exception, int? readerLine = null)
    {
        int? line = exception is XmlException { LineNumber: > 0 } xml ? xml.LineNumber : readerLine is > 0 ? readerLine : null;
        string expected = exception.Message.Contains("DTD", StringComparison.Ordinal)
            ? "no DTD (<!DOCTYPE>): a DTD can expand entities without limit or read other files, so it is refused"
            : exception is System.Text.DecoderFallbackException || exception.Message.Contains("encoding", StringComparison.OrdinalIgnoreCase)
                ? "text in the encoding the XML declaration names (UTF-8 unless it says otherwise)"
                : "well-formed XML";
        return new ReturnProblem(file, line, path, "(XML)", exception.Message, expected);
    }
}

/// <summary>A stream that first returns bytes already read from another, then the rest of it.</summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_prefix.IsEmpty)
        {
            return rest.Read(buffer);
        }

        int n = Math.Min(buffer.Length, _prefix.Length);
        _prefix.Span[..n].CopyTo(buffer);
        _prefix = _prefix[n..];
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
