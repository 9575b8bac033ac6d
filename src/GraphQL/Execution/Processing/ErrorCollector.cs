namespace BpjsTk.GraphQL.Execution.Processing;

/// <summary>The field errors of one execution, in the order they were raised, capped at the response's limit (thread-safe).</summary>
internal sealed class ErrorCollector
{
    private readonly List<GraphQLError> _errors = [];
    private readonly int _maxErrors;
    private bool _capped;

    public ErrorCollector(int maxErrors) => _maxErrors = maxErrors;

    public void Add(GraphQLError error)
    {
        lock (_errors)
        {
            if (_errors.Count < _maxErrors)
            {
                _errors.Add(error);
            }
            else if (!_capped)
            {
                _capped = true;
                _errors.Add(GraphQLError.WithCode($"The response reached its limit of {_maxErrors} errors; further errors were left out.", ErrorCodes.MaxErrors));
            }
        }
    }

    public IReadOnlyList<GraphQLError> ToList()
    {
        lock (_errors)
        {
            return [.. _errors];
        }
    }
}
