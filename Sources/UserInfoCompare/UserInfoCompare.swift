// The UserInfoCompare module: compare_user_info's matching rules, run locally.
import Models
