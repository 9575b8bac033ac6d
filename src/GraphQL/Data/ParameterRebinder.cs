using System.Linq.Expressions;

namespace BpjsTk.GraphQL.Data;

/// <summary>Moves a lambda's body onto another parameter, so selectors written apart can be combined in one lambda.</summary>
internal sealed class ParameterRebinder(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Body(LambdaExpression lambda, Expression parameter) =>
        new ParameterRebinder(lambda.Parameters[0], parameter).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
