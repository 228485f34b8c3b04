#include "aliyun/operations.h"

namespace flowlog::sandbox::aliyun {

namespace {

// Every product the sandbox serves; each file owns its table of actions.
const Product *const products[] = {&vpc::product, &cen::product, &ecr::product, &sts::product,
                                   &resourcemanager::product};

} // namespace

std::optional<Operation> findOperation(QStringView version, QStringView action)
{
    for (const Product *product : products) {
        if (product->version != version)
            continue;
        for (const std::span<const Action> table : {product->actions, product->lifecycle}) {
            for (const Action &a : table) {
                if (a.name == action)
                    return Operation{product, &a};
            }
        }
    }
    return std::nullopt;
}

} // namespace flowlog::sandbox::aliyun
