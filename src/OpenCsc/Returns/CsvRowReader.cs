using System.Text;

namespace OpenCsc.Returns;

/// <summary>
/// A streaming RFC 4180 reader: comma-separated, fields optionally in double quotes, a doubled quote inside
/// quotes is one quote, quoted fields may hold commas and line breaks; CRLF, LF or CR line ends. Text is
/// UTF-8 with or without a byte order mark (a UTF-16 BOM is honoured too). Bytes that are not UTF-8 become
/// U+FFFD so the caller can report the line rather than fail. One row is held at a time.
/// </summary>
internal sealed class CsvRowReader : IDisposable
{
    private const int BufferSize = 65536;
    private readonly TextReader _text;
    private readonly char[] _buffer = new char[BufferSize];
    private readonly Action<int, string, string> _onProblem;
    private int _position;
    private int _length;
    private int _line = 1;
    private bool _eof;

    /// <param name="onProblem">Called with (line, value, expected) for malformed quoting.</param>
    public CsvRowReader(Stream stream, Action<int, string, string> onProblem)
    {
        _text = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false),
            detectEncodingFromByteOrderMarks: true, BufferSize, leaveOpen: true);
        _onProblem = onProblem;
    }

    /// <summary>Reads the next row into <paramref name="row"/>; false at the end of the file.</summary>
    public bool Read(CsvRow row)
    {
        row.Clear(_line);
        if (!Fill())
        {
            return false;
        }

        int quoteLine = 0;
        var state = State.FieldStart;
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                if (state == State.Quoted)
                {
                    _onProblem(quoteLine, row.Preview(), "a closing quote: a quoted value runs to the end of the file (is the file cut short?)");
                }

                row.EndField();
                return true;
            }

            char c = _buffer[_position++];
            switch (state)
            {
                case State.FieldStart:
                    if (c == '"')
                    {
                        state = State.Quoted;
                        quoteLine = _line;
                        break;
                    }

                    state = State.Unquoted;
                    goto case State.Unquoted;
                case State.Unquoted:
                    if (c == ',')
                    {
                        row.EndField();
                        state = State.FieldStart;
                    }
                    else if (c is '\n' or '\r')
                    {
                        EndLine(c);
                        row.EndField();
                        return true;
                    }
                    else
                    {
                        row.Append(c);
                    }

                    break;
                case State.Quoted:
                    if (c == '"')
                    {
                        if (Peek() == '"')
                        {
                            _position++;
                            row.Append('"');
                        }
                        else
                        {
                            state = State.AfterQuote;
                        }
                    }
                    else
                    {
                        if (c == '\n' || (c == '\r' && Peek() != '\n'))
                        {
                            _line++;
                        }

                        row.Append(c);
                    }

                    break;
                case State.AfterQuote:
                    if (c == ',')
                    {
                        row.EndField();
                        state = State.FieldStart;
                    }
                    else if (c is '\n' or '\r')
                    {
                        EndLine(c);
                        row.EndField();
                        return true;
                    }
                    else if (c != ' ' && c != '\t')
                    {
                        _onProblem(_line, row.Preview(), "a comma or the end of the line after a closing quote (a quote inside a quoted value is written as two quotes)");
                        row.Append(c);
                        state = State.Unquoted;
                    }

                    break;
            }
        }
    }

    public void Dispose() => _text.Dispose();

    private void EndLine(char c)
    {
        if (c == '\r' && Peek() == '\n')
        {
            _position++;
        }

        _line++;
    }

    private int Peek() => _position < _length || Fill() ? _buffer[_position] : -1;

    private bool Fill()
    {
        if (_position < _length)
        {
            return true;
        }

        if (_eof)
        {
            return false;
        }

        _length = _text.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        if (_length == 0)
        {
            _eof = true;
            return false;
        }

        return true;
    }

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote,
    }
}

/// <summary>One CSV row: its fields as spans over a reused buffer.</summary>
internal sealed class CsvRow
{
    private char[] _chars = new char[1024];
    private int _used;
    private int[] _starts = new int[32];
    private int[] _ends = new int[32];
    private int _fieldStart;

    /// <summary>The 1-based line the row starts on.</summary>
    public int Line { get; private set; }

    public int Count { get; private set; }

    /// <summary>The field, trimmed of surrounding white space.</summary>
    public ReadOnlySpan<char> this[int index] => _chars.AsSpan(_starts[index], _ends[index] - _starts[index]).Trim();

    /// <summary>True when every field is empty or white space (a blank line, or a row of commas).</summary>
    public bool IsBlank
    {
        get
        {
            for (int i = 0; i < Count; i++)
            {
                if (!this[i].IsEmpty)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Any U+FFFD: bytes that were not UTF-8.</summary>
    public bool HasReplacementCharacter => _chars.AsSpan(0, _used).Contains('\uFFFD');

    internal void Clear(int line)
    {
        Line = line;
        Count = 0;
        _used = 0;
        _fieldStart = 0;
    }

    internal void Append(char c)
    {
        if (_used == _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        _chars[_used++] = c;
    }

    internal void EndField()
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _ends, Count * 2);
        }

        _starts[Count] = _fieldStart;
        _ends[Count] = _used;
        Count++;
        _fieldStart = _used;
    }

    /// <summary>The row's text so far, shortened, for problem messages.</summary>
    internal string Preview()
    {
        var text = new StringBuilder();
        for (int i = 0; i < Count; i++)
        {
            text.Append(i == 0 ? "" : ",").Append(_chars.AsSpan(_starts[i], _ends[i] - _starts[i]));
            if (text.Length > 100)
            {
                break;
            }
        }

        text.Append(Count > 0 ? "," : "").Append(_chars.AsSpan(_fieldStart, Math.Min(_used - _fieldStart, 100)));
        return text.Length > 100 ? text.ToString(0, 100) + "…" : text.ToString();
    }
}
