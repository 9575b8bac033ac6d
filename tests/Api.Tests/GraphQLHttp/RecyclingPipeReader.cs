using System.Buffers;
using System.IO.Pipelines;

namespace BpjsTk.Api.Tests.GraphQLHttp;

/// <summary>
/// A request body in one block that, once the reader has consumed it, is written over by <paramref name="next"/>, as
/// Kestrel's memory pool does when it hands the block to the next request.
/// </summary>
internal sealed class RecyclingPipeReader(byte[] body, byte[] next) : PipeReader
{
    private readonly byte[] _block = [.. body];

    public override bool TryRead(out ReadResult result)
    {
        result = new ReadResult(new ReadOnlySequence<byte>(_block), isCanceled: false, isCompleted: true);
        return true;
    }

    public override ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
    {
        TryRead(out var result);
        return ValueTask.FromResult(result);
    }

    public override void AdvanceTo(SequencePosition consumed) => AdvanceTo(consumed, consumed);

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
    {
        if (consumed.Equals(new ReadOnlySequence<byte>(_block).End))
        {
            next.AsSpan(0, Math.Min(next.Length, _block.Length)).CopyTo(_block);
        }
    }

    public override void CancelPendingRead()
    {
    }

    public override void Complete(Exception? exception = null)
    {
    }
}
