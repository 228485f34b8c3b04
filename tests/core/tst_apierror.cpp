// ApiError::toDisplayString says each thing once: ECR answers its code twice (Code and DynamicCode) and a message
// template with the filled-in text beside it (Message "The specified resource %s is not found.", DynamicMessage).
#include "apierror.h"

#include <QTest>

using namespace flowlog;

class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ecrTemplateAndRepeatedCodeShowOnce()
    {
        ApiError e;
        e.kind = ApiError::Kind::Provider;
        e.code = QStringLiteral("ResourceNotFound.InstanceId");
        e.dynamicCode = e.code;
        e.message = QStringLiteral("The specified resource %s is not found.");
        e.dynamicMessage = QStringLiteral("The specified resource vbr-abc is not found.");
        e.requestId = QStringLiteral("RID-1");
        QCOMPARE(e.toDisplayString(), QStringLiteral("The specified resource vbr-abc is not found. "
                                                     "(ResourceNotFound.InstanceId, request id RID-1)"));
    }

    void distinctDynamicPartsAreKept()
    {
        ApiError e;
        e.kind = ApiError::Kind::Provider;
        e.code = QStringLiteral("IncorrectStatus");
        e.dynamicCode = QStringLiteral("Flowlog.Activating");
        e.message = QStringLiteral("The status is incorrect.");
        e.dynamicMessage = QStringLiteral("flow log fl-1 is activating");
        QCOMPARE(e.toDisplayString(), QStringLiteral("The status is incorrect.: flow log fl-1 is activating "
                                                     "(IncorrectStatus/Flowlog.Activating)"));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
