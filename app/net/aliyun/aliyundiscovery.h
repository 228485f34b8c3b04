#pragma once

#include "aliyunoperations.h"

namespace flowlog::aliyun {

// The Alibaba Cloud discovery operations of a sweep (issue 16), one row each: what an account holds before its flow
// logs are listed. VPC DescribeRegions is in aliyunoperations.h. Every row lists Resources; bind it with
// bindResourceListJob (jobbinding.h).

// Express Connect Router DescribeExpressConnectRouter (2023-09-01): the account's ECR instances, on the one global
// endpoint, POST form (ECR takes nothing else), NextToken/MaxResults (100 a page). Each a Resource: id EcrId, name
// Name, status Status, attributes OwnerId, AlibabaSideAsn, BizStatus.
extern const ResourceList ecrDescribeExpressConnectRouter;

// Resource Directory ListAccounts (ResourceManager 2020-03-31): the accounts of the caller's directory (the
// management account itself included), PageNumber/PageSize (100, the API's largest page), fanned out once page 1
// gives TotalCount. Each a Resource: id AccountId, name DisplayName, status Status, attributes Type, JoinMethod,
// AccountName, FolderId.
extern const ResourceList rdListAccounts;

// STS GetCallerIdentity (2015-04-01): whose account the credentials act in, one answer on the central endpoint.
// One Resource: id AccountId, name Arn, status IdentityType (Account, RAMUser, AssumedRoleUser). Tells an
// organisation's management account apart from its members in ListAccounts.
extern const ResourceList stsGetCallerIdentity;

// The mappers, pure (tests and fuzz targets call them on bodies).
[[nodiscard]] ResourcePage parseEcrInstancesPage(const QByteArray &body, const RowContext &ctx);
[[nodiscard]] ResourcePage parseRdAccountsPage(const QByteArray &body, const RowContext &ctx);
[[nodiscard]] ResourcePage parseCallerIdentity(const QByteArray &body, const RowContext &ctx);

} // namespace flowlog::aliyun
